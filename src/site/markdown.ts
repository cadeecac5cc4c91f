// The single Markdown path for article bodies: remark + remark-html with its default
// sanitising schema. Raw HTML in an entry is article text, so it becomes a text node
// (shown literally, escaped) before rendering; sanitising stays on as a second defence.
import { remark } from "remark";
import remarkHtml from "remark-html";

const parser = remark();
type Root = ReturnType<typeof parser.parse>;
type Node = Root | Root["children"][number];

function rawHtmlAsText(node: Node): void {
  if (!("children" in node)) return;
  for (const child of node.children) {
    if (child.type !== "html") rawHtmlAsText(child);
    else if (node.type === "root") {
      Object.assign(child, { type: "paragraph", children: [{ type: "text", value: child.value }] });
    } else Object.assign(child, { type: "text" });
  }
}

const processor = remark()
  .use(() => rawHtmlAsText)
  .use(remarkHtml);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

function nodeText(node: Node): string {
  if ("value" in node) return node.value;
  if ("children" in node) return node.children.map(nodeText).join("");
  return "";
}

/** Plain text of a Markdown body: one block per paragraph or heading, blank-line separated. */
export function markdownToPlainText(markdown: string): string {
  return parser.parse(markdown).children.map(nodeText).join("\n\n");
}
