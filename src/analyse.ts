// Everything the ingest learns from one file alone: segment → classify → extract → date →
// entities → Markdown body → shingles. Pure and independent per file (given the corpus-wide line
// counts), so files can be analysed on several threads and the results assembled in order.

import { authorName, classifyLines, isAuthorBio } from "./classify.ts";
import { shingles, words } from "./cluster.ts";
import { countRepeatKeys, repeatKey } from "./corpus-stats.ts";
import { type ArticleDate, dateArticle, statesADate } from "./dates.ts";
import { type Entities, extractEntities } from "./entities.ts";
import { captionWords, extract, titleFromLede } from "./extract.ts";
import { articleId } from "./identity.ts";
import { detectLanguage } from "./language.ts";
import type { ReportFile } from "./report.ts";
import { segment, toLines, wordCount } from "./segment.ts";
import { markdownBody } from "./serialize.ts";
import type { Caption, CorpusStats, DecodedFile, Origin, SourceLine } from "./types.ts";

/** One article as found in one place of one file, with every fact that needs no other file. */
export interface AnalysedArticle {
  id: string;
  origin: Origin;
  language: string;
  headline: string | null;
  /** The lede's first sentence as a title: for articles without a headline, and for slugs. */
  ledeTitle: string | null;
  byline: string | null;
  place: string | null;
  source: string | null;
  captions: Caption[];
  summary: string;
  ownDate: ArticleDate;
  entities: Entities;
  /** Markdown body. */
  body: string;
  wordCount: number;
  shingles: Uint32Array;
}

export interface FileAnalysis {
  file: string;
  encoding: DecodedFile["encoding"];
  articles: AnalysedArticle[];
  removed: ReportFile["removed"];
  warnings: string[];
}

const SUMMARY_MAX_CHARS = 280;
const REMOVED_TEXT_MAX_CHARS = 300;

function nonBlank(lines: readonly SourceLine[]): SourceLine[] {
  return lines.filter((l) => l.text !== "");
}

/** Counts, across all files, of the lines each file repeats: the classifier's site-chrome signal. */
export function corpusStatsOf(files: readonly DecodedFile[]): CorpusStats {
  return countRepeatKeys(files.map(lineKeysOf));
}

/** The repeat key of each non-blank line of a file, in order. */
export function lineKeysOf(file: DecodedFile): string[] {
  return nonBlank(toLines(file.text)).map((l) => repeatKey(l.text));
}

function summaryOf(standfirst: string | null, paragraphs: readonly string[]): string {
  const text = standfirst ?? paragraphs[0] ?? "";
  if (text.length <= SUMMARY_MAX_CHARS) return text;
  return `${text.slice(0, SUMMARY_MAX_CHARS).replace(/\s+\S*$/, "")}…`;
}

/**
 * Analyse: one decoded file → its articles, and every line removed from them with the reason.
 * `keys` are the file's lineKeysOf, when the caller computed them already.
 */
export function analyseFile(
  file: DecodedFile,
  stats: CorpusStats,
  keys: readonly string[] = lineKeysOf(file),
): FileAnalysis {
  const analysis: FileAnalysis = {
    file: file.file,
    encoding: file.encoding,
    articles: [],
    removed: [],
    warnings: [...file.warnings],
  };
  // Segments cover the lines in order, so each takes the next keys.
  let keyOffset = 0;
  let previousAuthor: string | null = null;
  for (const piece of segment(file.file, toLines(file.text))) {
    const lines = nonBlank(piece.lines);
    const repeatKeys = keys.slice(keyOffset, keyOffset + lines.length);
    keyOffset += lines.length;
    const first = lines[0];
    const last = lines[lines.length - 1];
    if (!first || !last) continue;
    const language = detectLanguage(lines.map((l) => l.text).join("\n"));
    const extracted = extract(classifyLines(lines, { language, stats, repeatKeys }));
    let paragraphs = extracted.blocks.filter((b) => b.kind === "paragraph").map((b) => b.text);
    // A piece that opens with the bio of the author of the story before it (its first line or
    // paragraph: "Brigit Katz is a freelance writer …" under "By Brigit Katz") is that story's
    // footer, which the segmenter cut off. No article.
    const author = previousAuthor;
    const footer =
      author !== null &&
      [first.text, paragraphs[0] ?? ""].some(
        (text) => isAuthorBio(text) && authorName(text) === author,
      );
    previousAuthor = extracted.byline === null ? null : authorName(extracted.byline);
    if (footer) paragraphs = [];
    if (paragraphs.length === 0) {
      const removed = new Set(extracted.removed.map((r) => r.line));
      for (const line of lines)
        if (!removed.has(line.line))
          extracted.removed.push({ line: line.line, reason: "not-an-article" });
      analysis.warnings.push(
        `lines ${first.line}–${last.line}: ${footer ? "an author's bio and page footer" : "no article body found"}`,
      );
    }
    // A timestamp whose date cannot be read ("Updated: February 30, 2021") reaches no field. (In
    // a piece that is no article, every line is reported as that already.)
    if (paragraphs.length > 0)
      for (const { line, statement } of extracted.dateLines)
        if (!statesADate(statement, language))
          extracted.removed.push({ line, reason: "date-not-read" });
    const textOf = new Map(lines.map((l) => [l.line, l.text]));
    for (const r of extracted.removed) {
      analysis.removed.push({
        ...r,
        text: (textOf.get(r.line) ?? "").slice(0, REMOVED_TEXT_MAX_CHARS),
      });
    }
    if (paragraphs.length === 0) continue;
    const bodyWords = words(paragraphs.join("\n"));
    const subheadings = extracted.blocks.filter((b) => b.kind === "subheading").map((b) => b.text);
    analysis.articles.push({
      id: articleId(bodyWords),
      origin: { file: file.file, index: piece.index, lines: [first.line, last.line] },
      language,
      headline: extracted.headline,
      ledeTitle: titleFromLede(extracted.blocks),
      byline: extracted.byline,
      place: extracted.place,
      source: extracted.source,
      captions: extracted.captions.map(({ text, credit, file_photo }) => ({
        text,
        credit,
        file_photo,
      })),
      summary: summaryOf(extracted.standfirst, paragraphs),
      ownDate: dateArticle({
        statements: extracted.dateStatements,
        laterStatements: extracted.laterDateStatements,
        headerStatements: extracted.headerDateStatements,
        mastheadStatements: extracted.mastheadDateStatements,
        captions: extracted.captions,
        paragraphs,
        language,
      }),
      // A caption names who and what the story shows ("Poland's Prime Minister Mateusz Morawiecki").
      entities: extractEntities([...paragraphs, ...extracted.captions.map(captionWords)], language),
      body: markdownBody(extracted.blocks),
      wordCount: wordCount([...paragraphs, ...subheadings].join(" ")),
      shingles: shingles(bodyWords),
    });
  }
  analysis.removed.sort((a, b) => a.line - b.line);
  return analysis;
}
