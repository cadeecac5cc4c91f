// The single Markdown path for article bodies: remark + remark-html with its default
// sanitising schema. Raw HTML in an entry is article text, so it becomes a text node
// (shown literally, escaped) before rendering; sanitising stays on as a second defence.
//
// Bodies written by the ingest are one-line paragraphs and `## ` headings between blank lines,
// most of them plain text. Such a body is read block by block: plain lines need no parser at
// all, and the others are parsed together without them. That is exact only while no block can
// reach into another (lists, quotes, fences, HTML blocks, link definitions), so a body where
// any of them parses to something other than one paragraph or heading goes to remark whole
// (tested against remark on arbitrary bodies).
import { remark } from "remark";
import remarkHtml from "remark-html";
import { isLiteral } from "../serialize.ts";

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

function nodeText(node: Node): string {
  if ("value" in node) return node.value;
  if ("children" in node) return node.children.map(nodeText).join("");
  return "";
}

/** remark alone: the reference the block-by-block reading must equal (tested). */
export const remarkHtmlOf = (markdown: string): string => String(processor.processSync(markdown));
export const remarkTextOf = (markdown: string): string =>
  parser.parse(markdown).children.map(nodeText).join("\n\n");

interface Block {
  html: string;
  text: string;
}

/** A plain line: nothing in it means anything to Markdown, and no trailing space to trim. */
const isPlain = (line: string): boolean => isLiteral(line) && !line.endsWith(" ");

function plainBlock(line: string): Block | null {
  if (isPlain(line)) return { html: `<p>${line}</p>\n`, text: line };
  const heading = line.startsWith("## ") ? line.slice(3) : "";
  if (isPlain(heading)) return { html: `<h2>${heading}</h2>\n`, text: heading };
  return null;
}

/** Lines that are not plain, read together by remark: null unless each is one block. */
function remarkBlocks(lines: readonly string[]): Block[] | null {
  const tree = processor.parse(lines.join("\n\n"));
  const simple = tree.children.every((c) => c.type === "paragraph" || c.type === "heading");
  if (!simple || tree.children.length !== lines.length) return null;
  const texts = tree.children.map(nodeText);
  const html = String(processor.stringify(processor.runSync(tree) as Root));
  // remark-html ends every block with a newline; no block's own HTML holds one at its end.
  const parts = html.split(/(?<=<\/(?:p|h[1-6])>)\n/).slice(0, -1);
  if (parts.length !== lines.length) return null;
  return parts.map((part, i) => ({ html: `${part}\n`, text: texts[i] ?? "" }));
}

/** The body's blocks, or null when it is not made of one-line paragraphs and headings. */
function simpleBlocks(markdown: string): Block[] | null {
  const lines = markdown.split("\n");
  const blockLines: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.trim() === "") continue;
    const nextIsText = (lines[i + 1] ?? "").trim() !== "";
    if (nextIsText || /^\s|\r/.test(line)) return null;
    blockLines.push(line);
  }
  const blocks = blockLines.map(plainBlock);
  const others = blockLines.filter((_, i) => blocks[i] === null);
  const read = others.length > 0 ? remarkBlocks(others) : [];
  if (!read) return null;
  let next = 0;
  return blocks.map((block) => block ?? (read[next++] as Block));
}

export function renderMarkdown(markdown: string): string {
  return (
    simpleBlocks(markdown)
      ?.map((b) => b.html)
      .join("") ?? remarkHtmlOf(markdown)
  );
}

/** Plain text of a Markdown body: one block per paragraph or heading, blank-line separated. */
export function markdownToPlainText(markdown: string): string {
  return (
    simpleBlocks(markdown)
      ?.map((b) => b.text)
      .join("\n\n") ?? remarkTextOf(markdown)
  );
}
