import { bylineCredit, type Credit, stampCredit } from "./bylines.ts";
import { wordCount } from "./segment.ts";
import type { Caption, ClassifiedLine, RemovalReason } from "./types.ts";

export interface Block {
  kind: "paragraph" | "subheading";
  text: string;
  line: number;
}

export interface RemovedLine {
  line: number;
  reason: RemovalReason;
}

export interface LocatedCaption extends Caption {
  line: number;
}

/** The fields of one article, pulled out of its classified lines. */
export interface ExtractedArticle {
  headline: string | null;
  byline: string | null;
  place: string | null;
  /** Publisher named by the text itself (a byline team, a footer, a copyright line). */
  source: string | null;
  /** Texts that state the publication date: timestamps, datelines, bylines, a leading date marker. */
  dateStatements: string[];
  /** The same below the first paragraph (a later "Updated", a byline there): weaker evidence. */
  laterDateStatements: string[];
  /** The timestamp and dateline lines, each with the date it states: the report needs a line
   * whose date cannot be read, since nothing of it reaches the entry. */
  dateLines: { line: number; statement: string }[];
  /** Page-header lines between the headline and the first paragraph: they may carry the date too. */
  headerDateStatements: string[];
  /** Page-header lines above the headline (a masthead's "today"): the weakest evidence. */
  mastheadDateStatements: string[];
  captions: LocatedCaption[];
  standfirst: string | null;
  blocks: Block[];
  removed: RemovedLine[];
}

// Also when glued to the place before it, as copied text often is: "Moscow, RussiaUpdated: …".
const UPDATED_LABEL =
  /(?:\b|(?<=\p{Ll}))(?:updated|published|posted|last updated|first published)\s*:?\s*/iu;
// A leading "date 2020-08-27 " marker, as some scrapers prepend to the text.
const LEADING_DATE_MARKER = /^date[:\s]+(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)\s+/i;
// A wire dateline opening the first paragraph: "HANOI, Vietnam (AP) — ", "LONDON (Reuters) - ".
const LEADING_DATELINE =
  /^(\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]+){0,3})(?:,\s(\p{Lu}[\p{L}.'’ -]{1,40}?))?\s*(?:\([^)]{1,30}\)\s*)?(?:—|–|--|\s-)\s+(?=[\p{Lu}\p{N}"“‘'])/u;

/** A place is named in words: "(" or "Nov 18, 2019 @17:19 PM ·" before a label is not one. */
const isPlaceShaped = (text: string): boolean => /^\p{Lu}/u.test(text) && !/\d/.test(text);

/** A place without the desk named after it: "New Delhi, News Nation Bureau" → "New Delhi". */
const withoutDesk = (place: string): string =>
  place
    .split(/,\s*/)
    .filter((part) => !/\b(?:bureau|desk|staff|team|newsroom)$/i.test(part))
    .join(", ");

/** "NEW DELHI" → "New Delhi". */
const titleCase = (text: string): string =>
  text
    .toLowerCase()
    .replace(
      /(^|[\s-])(\p{L})/gu,
      (_, before: string, letter: string) => before + letter.toUpperCase(),
    );

const TEAM_BYLINE =
  /^(.{2,40}?)\s+(?:web team|web desk|news desk|digital desk|desk|staff|bureau|newsroom)$/i;
const WEBSITE_FOOTER = /^(.{2,40}?)['’]s (?:web ?site|online edition)\b/i;
const COPYRIGHT =
  /^(?:copyright\s*)?©\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.{2,60}?)(?:[.,]?\s*all rights reserved.*)?\.?$/i;
/** The agencies' mark of an old picture, AFP's "(FILES)" or AP's "FILE - ": a label, not a name. */
const FILES_MARK = /\(FILES?\)|^FILE\s+[-–—]\s/giu;
const FILE_PHOTO = new RegExp(
  `\\bfile (?:photo|picture|image|pic)s?\\b|${FILES_MARK.source}|\\barchive (?:photo|picture|image)\\b`,
  "iu",
);

/** What a caption says of who and what it shows, without the "(FILES)" or "FILE - " label. */
export const captionWords = (caption: Caption): string => caption.text.replace(FILES_MARK, " ");
const DECORATION = /^[\s–—\-•*#=|]+|[\s–—\-•*#=|]+$/gu;

/** Split a caption's trailing photo credit ("… Alexey NIKOLSKY / Sputnik / AFP") from its text. */
export function splitCaptionCredit(caption: string): { text: string; credit: string | null } {
  const parenthesised = caption.match(/^(.*?)\s*\((?:photos? by |photo: )?([^()]{2,80})\)\.?$/i);
  if (
    parenthesised?.[2] &&
    /\/|\b(?:AFP|AP|Reuters|Getty|EPA|Xinhua|Sputnik|photo)\b|^\p{Lu}/iu.test(parenthesised[2])
  ) {
    const text = (parenthesised[1] ?? "").replace(
      /\s*(?:photo(?:graph)?|credit|image)\s*:?\s*$/i,
      "",
    );
    return { text: text.trim(), credit: parenthesised[2].trim() };
  }
  const labelled = caption.match(
    /^(.*?)\s*(?:photo(?:graph)?|credit|image)\s*:\s*\(?([^()]{2,80}?)\)?\.?$/i,
  );
  if (labelled?.[2]) return { text: (labelled[1] ?? "").trim(), credit: labelled[2].trim() };
  // "… on May 23, 2021. PETRAS MALUKAS / AFP" — a slash-separated credit after the last sentence.
  const trailing = caption.match(/^(.*[.!?)”’])\s+([^.!?]{2,80}\/[^.!?]{2,80}?)\.?$/u);
  if (trailing?.[2]) return { text: (trailing[1] ?? "").trim(), credit: trailing[2].trim() };
  return { text: caption, credit: null };
}

/** Words of a text, lowercased, for comparing near-identical lines. */
function comparable(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}

/** A caption printed twice ("X" then "In this file photo, X") is one caption. */
function sameCaption(a: string, b: string): boolean {
  const [shorter, longer] = [comparable(a), comparable(b)].sort((x, y) => x.length - y.length);
  return (
    shorter !== undefined && longer !== undefined && shorter.length > 20 && longer.includes(shorter)
  );
}

function sourceNamedBy(text: string): string | null {
  const match = text.match(TEAM_BYLINE) ?? text.match(WEBSITE_FOOTER) ?? text.match(COPYRIGHT);
  const name = publisherName(match?.[1] ?? "");
  return name && wordCount(name) <= 6 ? name : null;
}

// What surrounds a publisher's name in a copyright line, in the languages of the stopword lists.
const NAME_LEAD = /^(?:copyright\b|©|by\b|[\d\s–—-]+\.?(?=\s))\s*/i;
const RIGHTS =
  /[\s.,|]*\b(?:all rights reserved|unless otherwise noted|todos os direitos reservados|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|tutti i diritti riservati)\b.*$/i;
/** Words that name no publisher alone: "About the (Newsroom)", "Our (Staff)". */
const NOT_PUBLISHER_WORDS = new Set([
  "about",
  "our",
  "the",
  "a",
  "all",
  "contact",
  "meet",
  "your",
  "us",
]);

/** "Copyright Gannett 2018" → "Gannett"; "All rights reserved | Terms", "About the" → "". */
function publisherName(raw: string): string {
  let name = raw.trim();
  for (let lead = NAME_LEAD.exec(name); lead?.[0]; lead = NAME_LEAD.exec(name))
    name = name.slice(lead[0].length);
  name = name
    .replace(RIGHTS, "")
    .replace(/[\s,]+\d{4}$/, "")
    .replace(/[\s.,|]+$/, "")
    .trim();
  const words = name.toLowerCase().split(/\s+/);
  return words.every((word) => NOT_PUBLISHER_WORDS.has(word)) ? "" : name;
}

const HEADER_LINE_MAX_CHARS = 200;

/**
 * "Moscow, RussiaUpdated: Aug 28, 2020, 07:51 AM IST" → place and date statement, the statement
 * with its label ("Updated: …"), as an update time is not a publication time (dates.ts).
 */
function splitDateline(text: string): { place: string | null; date: string | null } {
  const label = UPDATED_LABEL.exec(text);
  if (!label) return { place: null, date: text };
  const place = text
    .slice(0, label.index)
    .replace(/[\s,|–—-]+$/, "")
    .trim();
  const date = text.slice(label.index + label[0].length).trim();
  const named = withoutDesk(place);
  const isPlace = named !== "" && wordCount(named) <= 6 && isPlaceShaped(named);
  // What stands before the label and is no place may be the date itself: "November 19, 2019 /
  // 12:21 AM / Updated 14 hours ago".
  if (!isPlace && place !== "") return { place: null, date: text };
  return { place: isPlace ? named : null, date: date ? text.slice(label.index).trim() : null };
}

function addCaption(
  captions: LocatedCaption[],
  removed: RemovedLine[],
  line: ClassifiedLine,
): void {
  const { text, credit } = splitCaptionCredit(line.text);
  const caption: LocatedCaption = {
    text,
    credit,
    file_photo: FILE_PHOTO.test(line.text),
    line: line.line,
  };
  const twin = captions.findIndex((c) => sameCaption(c.text, caption.text));
  const existing = captions[twin];
  if (!existing) {
    captions.push(caption);
    return;
  }
  // Keep the fuller wording; a file-photo flag on either copy applies to both.
  const keep = caption.text.length > existing.text.length ? caption : existing;
  const drop = keep === caption ? existing : caption;
  captions[twin] = {
    ...keep,
    credit: keep.credit ?? drop.credit,
    file_photo: keep.file_photo || drop.file_photo,
  };
  removed.push({ line: drop.line, reason: "duplicate-caption" });
}

interface LocatedCredit extends Credit {
  line: number;
  /** Paragraphs above it: 0 in the header. */
  paragraphsAbove: number;
}

/**
 * How far down a credit stands, as a cost: in the header; right after the first paragraph (a
 * standfirst read as a paragraph may stand above the byline); or further down, where a "By"
 * line is mostly a teaser's.
 */
const POSITION_COST = [0, 2, 5];

/**
 * The article's byline among its credits: one under the headline over one above it (a programme
 * "By Any Means Necessary" in the menu), one higher up over one further down (a teaser's "By Jane
 * Roe" under "Related stories"), one that says "By" over one that only looks like names (a
 * photographer's "Jane Doe/AP"); else the first.
 */
function bestCredit(credits: readonly LocatedCredit[], headlineLine: number): Credit | undefined {
  const rank = (credit: LocatedCredit): number =>
    (credit.line >= headlineLine ? 0 : 4) +
    (POSITION_COST[Math.min(credit.paragraphsAbove, POSITION_COST.length - 1)] ?? 0) +
    (credit.explicit ? 0 : 1);
  return credits.reduce<LocatedCredit | undefined>(
    (best, credit) => (best === undefined || rank(credit) < rank(best) ? credit : best),
    undefined,
  );
}

/** Extract: classified lines of one article → its fields, body blocks and removed lines. */
export function extract(lines: readonly ClassifiedLine[]): ExtractedArticle {
  const article: ExtractedArticle = {
    headline: null,
    byline: null,
    place: null,
    source: null,
    dateStatements: [],
    laterDateStatements: [],
    dateLines: [],
    headerDateStatements: [],
    mastheadDateStatements: [],
    captions: [],
    standfirst: null,
    blocks: [],
    removed: [],
  };
  const seenParagraphs = new Set<string>();
  // Every credit the article's lines give, and where; see bestCredit.
  const credits: LocatedCredit[] = [];
  const addCredit = (credit: Credit, line: number): void => {
    credits.push({ ...credit, line, paragraphsAbove: article.blocks.length });
  };
  const headlineLine = lines.find((line) => line.kind === "headline")?.line ?? 0;
  // Where a stamp goes: above the first paragraph, or below it, as weaker evidence.
  const stampsHere = (): string[] =>
    article.blocks.length === 0 ? article.dateStatements : article.laterDateStatements;
  for (const line of lines) {
    if (line.text === "") continue;
    // Publishers are named in bylines and page chrome (footers, copyright lines), never in body.
    if (line.kind === "byline" || line.kind === "boilerplate")
      article.source ??= sourceNamedBy(line.text);
    switch (line.kind) {
      case "headline":
        if (article.headline === null) article.headline = line.text;
        else article.removed.push({ line: line.line, reason: "related" });
        break;
      case "byline": {
        // A byline's date ("By HNN Staff | November 18, 2019 at 2:26 PM HST") is a stamp, as
        // good as a timestamp line, and as weak below the first paragraph.
        stampsHere().push(line.text);
        const credit = bylineCredit(line.text);
        if (credit) addCredit(credit, line.line);
        else article.removed.push({ line: line.line, reason: "boilerplate" });
        break;
      }
      case "dateline":
      case "timestamp": {
        const credit = stampCredit(line.text, article.blocks.length === 0);
        if (credit) addCredit(credit, line.line);
        const { place, date } = splitDateline(line.text);
        article.place ??= place;
        if (date) {
          stampsHere().push(date);
          article.dateLines.push({ line: line.line, statement: date });
        }
        break;
      }
      case "caption":
        addCaption(article.captions, article.removed, line);
        break;
      case "standfirst":
        article.standfirst ??= line.text;
        break;
      case "subheading": {
        const text = line.text.replace(DECORATION, "");
        if (text) article.blocks.push({ kind: "subheading", text, line: line.line });
        else article.removed.push({ line: line.line, reason: "boilerplate" });
        break;
      }
      case "body": {
        let text = line.text;
        const marker = article.blocks.length === 0 ? LEADING_DATE_MARKER.exec(text) : null;
        if (marker?.[1]) {
          article.dateStatements.push(marker[1]);
          text = text.slice(marker[0].length);
        }
        const dateline = article.blocks.length === 0 ? LEADING_DATELINE.exec(text) : null;
        if (dateline?.[1]) {
          const region = dateline[2] ? `, ${dateline[2].trim()}` : "";
          article.place ??= withoutDesk(titleCase(dateline[1]) + region) || null;
          text = text.slice(dateline[0].length);
        }
        const key = text.toLowerCase();
        if (seenParagraphs.has(key))
          article.removed.push({ line: line.line, reason: "duplicate-paragraph" });
        else {
          seenParagraphs.add(key);
          article.blocks.push({ kind: "paragraph", text, line: line.line });
        }
        break;
      }
      case "boilerplate": {
        article.removed.push({ line: line.line, reason: line.reason ?? "boilerplate" });
        // Not a listed story's date: "related" lines are other stories'.
        const header = article.blocks.length === 0 && line.reason !== "related";
        if (header && line.text.length <= HEADER_LINE_MAX_CHARS) {
          const above = line.line < headlineLine;
          (above ? article.mastheadDateStatements : article.headerDateStatements).push(line.text);
        }
        break;
      }
    }
  }
  article.byline = bestCredit(credits, headlineLine)?.names ?? null;
  return article;
}

/** The first sentence of the lede, shortened to a title when the text has no headline. */
export function titleFromLede(blocks: readonly Block[]): string | null {
  const lede = blocks.find((b) => b.kind === "paragraph")?.text;
  if (!lede) return null;
  const sentence = lede.match(/^.+?[.!?](?=\s|$)/u)?.[0] ?? lede;
  const words = sentence.split(/\s+/);
  return words.length <= 14 ? sentence.replace(/[.]$/, "") : `${words.slice(0, 12).join(" ")}…`;
}
