import matter from "gray-matter";
import type { Heading, Paragraph } from "mdast";
import { remark } from "remark";
import { characterClass, isAscii, isRun } from "./character-runs.ts";
import type { Block } from "./extract.ts";
import type { ArticleEntry, ArticleFrontMatter } from "./types.ts";

const markdown = remark();

function blockNode(block: Block): Paragraph | Heading {
  return block.kind === "subheading"
    ? { type: "heading", depth: 2, children: [{ type: "text", value: block.text }] }
    : { type: "paragraph", children: [{ type: "text", value: block.text }] };
}

/** The body written by remark alone: the reference the fast path must equal (tested). */
export function remarkBody(blocks: readonly Block[]): string {
  return markdown.stringify({ type: "root", children: blocks.map(blockNode) });
}

// Text made only of letters, digits, spaces and everyday punctuation (quotes of several languages,
// brackets, slashes), starting with a letter or an opening quote, is read by Markdown exactly as
// written, so remark would write it unchanged.
const LITERAL_FIRST = String.raw`[\p{L}"'“‘«„¿¡]`;
const LITERAL_REST = String.raw`[\p{L}\p{M}\p{N} .,;:!?%'"’‘“”«»„¿¡()/…–—-]`;
export const LITERAL = new RegExp(`^${LITERAL_FIRST}${LITERAL_REST}*$`, "u");
// The same test without Unicode property classes, which cost a range search per character, a
// fifth of a microsecond on a paragraph's every letter: for ASCII text (most paragraphs) a pattern
// without the u flag, for other text a table per class.
const ASCII_LITERAL = /^[A-Za-z"'][A-Za-z0-9 .,;:!?%'"()/-]*$/;
const FIRST_CHARACTERS = characterClass(new RegExp(LITERAL_FIRST, "u"));
const REST_CHARACTERS = characterClass(new RegExp(LITERAL_REST, "u"));

/** Whether Markdown reads the text exactly as written: LITERAL's answer. */
export const isLiteral = (text: string): boolean =>
  isAscii(text) ? ASCII_LITERAL.test(text) : isRun(text, FIRST_CHARACTERS, REST_CHARACTERS);

/**
 * The body as Markdown. Blocks become a syntax tree of text nodes written by remark, so any
 * character that would start Markdown or HTML in the article text is escaped, not obeyed; blocks
 * that cannot contain syntax skip remark's escaping pass (it is a fifth of the ingest's time).
 */
export function markdownBody(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      if (!isLiteral(block.text))
        return markdown.stringify({ type: "root", children: [blockNode(block)] });
      return block.kind === "subheading" ? `## ${block.text}\n` : `${block.text}\n`;
    })
    .join("\n");
}

// Front matter is only ever YAML: the engines that would run code are refused when reading.
const refuse = (): never => {
  throw new Error("front-matter engine disabled");
};
export const FRONT_MATTER_OPTIONS = {
  engines: { js: refuse, javascript: refuse },
  language: "yaml",
} as const;

/** Without undefined values (YAML cannot hold them) and in the contract's key order. */
function plain(frontMatter: ArticleFrontMatter): Record<string, unknown> {
  return Object.fromEntries(Object.entries(frontMatter).filter(([, value]) => value !== undefined));
}

// gray-matter hands its options to js-yaml's dump: one line per value, no anchors.
const DUMP_OPTIONS = { language: "yaml", lineWidth: -1, noRefs: true };

/** The entry written by gray-matter alone: the reference the fast path must equal (tested). */
export function grayMatterEntry(entry: ArticleEntry): string {
  return matter.stringify(entry.body, plain(entry.frontMatter), DUMP_OPTIONS);
}

// gray-matter's own YAML engine (its js-yaml), as its stringify uses it.
const dumpYaml = (
  matter as unknown as {
    engines: { yaml: { stringify(data: object, options: object): string } };
  }
).engines.yaml.stringify;
const DELIMITER = "---";

/**
 * One entry file: YAML front matter, then the Markdown body. gray-matter's stringify first parses
 * the body for front matter of its own, which only a body opening with "---" could hold, and that
 * costs a third of its time; every other entry is written here exactly as it would write it.
 */
export function serializeEntry(entry: ArticleEntry): string {
  const data = plain(entry.frontMatter);
  const yaml = dumpYaml(data, DUMP_OPTIONS).trim();
  if (entry.body.startsWith(DELIMITER) || yaml === "{}") return grayMatterEntry(entry);
  const body = entry.body.endsWith("\n") ? entry.body : `${entry.body}\n`;
  return `${DELIMITER}\n${yaml}\n${DELIMITER}\n${body}`;
}

/** Read an entry back (tests, and the site's checks). */
export function parseEntry(text: string): { data: Record<string, unknown>; content: string } {
  const parsed = matter(text, FRONT_MATTER_OPTIONS);
  return { data: parsed.data, content: parsed.content };
}

/** Where an entry lives below --output: by year and month of its date, or under undated/. */
export function entryPath(frontMatter: ArticleFrontMatter, slug: string): string {
  const date = frontMatter.date;
  if (!date) return `undated/${slug}.md`;
  const [year, month] = date.split(/[-T]/);
  return frontMatter.date_precision === "year" || !month
    ? `${year}/${slug}.md`
    : `${year}/${month}/${slug}.md`;
}
