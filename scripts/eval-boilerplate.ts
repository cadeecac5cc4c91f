// Scores the CLASSIFY stage on the ScrapingHub article-extraction benchmark, as page text.
// Usage: npm run eval [-- --corpus DIR] [--worst N] [--page ID] [--wrong-titles] [--wrong-dates]
//        [--wrong-bylines]
//   --worst N  list the N pages with the lowest F1
//   --page ID  print every line of one page (ID prefix) with its kind and whether the truth has it
//   --wrong-titles  list the pages whose main article's title is not their headline
//   --wrong-dates   list the pages whose main article's stated date is not the page's
//   --wrong-bylines list the pages whose main article's byline is not the page's
// The score is also given per detected language. Then the headlines: how many of the pages' main
// articles the ingest's analysis titles with the headline read off the page
// (tests/fixtures/scrapinghub-headlines.json), how many it dates as the page does
// (tests/fixtures/scrapinghub-dates.json) and how many it credits as the page does
// (tests/fixtures/scrapinghub-bylines.json).

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type AnalysedArticle, analyseFile, corpusStatsOf } from "../src/analyse.ts";
import { classifyLines } from "../src/classify.ts";
import { collectCorpusStats } from "../src/corpus-stats.ts";
import { decode } from "../src/decode.ts";
import { detectLanguage } from "../src/language.ts";
import {
  aggregateScore,
  type BenchmarkScore,
  matchShingles,
  pagePrecision,
  pageRecall,
  type ShingleMatch,
} from "../src/shingle-score.ts";
import type { ClassifiedLine, LineKind, SourceLine } from "../src/types.ts";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_CORPUS = resolve(REPO_ROOT, "../shared/corpus/scrapinghub");
/** Each page's headline, judged by reading the page (page id → headline). */
const HEADLINES_FILE = resolve(REPO_ROOT, "tests/fixtures/scrapinghub-headlines.json");
/**
 * Each page's publication date as its text states it (YYYY-MM-DD, YYYY-MM or YYYY), judged by
 * reading the page; null when the text states none (a relative time, a date in the URL only).
 */
const DATES_FILE = resolve(REPO_ROOT, "tests/fixtures/scrapinghub-dates.json");
/**
 * Each page's author credit as a reader names it (the names without "By", dates or job titles; a
 * desk or agency standing in the author's place counts), judged by reading the page; null when
 * the page credits no one (an agency only in a dateline or photo credit counts as none).
 */
const BYLINES_FILE = resolve(REPO_ROOT, "tests/fixtures/scrapinghub-bylines.json");

/**
 * Kinds that make up the article text. The benchmark's articleBody (schema.org's) keeps the
 * paragraphs and subheadings but not the headline, the standfirst (a separate description),
 * bylines, datelines or captions. Checked against the truth: adding headlines costs about
 * 0.010 F1 (precision falls 0.023), adding standfirsts about 0.003.
 */
const ARTICLE_KINDS: ReadonlySet<LineKind> = new Set(["body", "subheading"]);

/** Published scores on the same metric (from HTML), quoted from the corpus README. */
const PUBLISHED: ReadonlyArray<[string, BenchmarkScore]> = [
  ["rs_trafilatura", { f1: 0.97, precision: 0.951, recall: 0.99 }],
  ["go_trafilatura", { f1: 0.96, precision: 0.94, recall: 0.98 }],
  ["trafilatura 2.0.0", { f1: 0.958, precision: 0.938, recall: 0.978 }],
  ["Readability.js 0.6.0", { f1: 0.947, precision: 0.914, recall: 0.982 }],
  ["goose3", { f1: 0.896, precision: 0.94, recall: 0.856 }],
  ["jusText 3.0.2", { f1: 0.804, precision: 0.858, recall: 0.756 }],
  ["all page text (html-text)", { f1: 0.665, precision: 0.5, recall: 0.994 }],
];

interface BenchmarkPage {
  id: string;
  text: string;
  truth: string;
}

export interface PageResult {
  id: string;
  /** The language the ingest detected, which chose the stopwords. */
  language: string;
  match: ShingleMatch;
  lines: ClassifiedLine[];
}

export interface EvalResult {
  score: BenchmarkScore;
  pages: PageResult[];
  /** Classification time only (language detection, corpus statistics and classification). */
  milliseconds: number;
}

interface GroundTruthEntry {
  articleBody?: string;
}

function decodedText(name: string, bytes: Uint8Array): string {
  const result = decode(name, bytes);
  return result.ok ? result.decoded.text : "";
}

export function loadBenchmark(corpusDir: string): BenchmarkPage[] {
  const truth = JSON.parse(readFileSync(join(corpusDir, "ground-truth.json"), "utf8")) as Record<
    string,
    GroundTruthEntry
  >;
  const textDir = join(corpusDir, "text");
  return readdirSync(textDir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => {
      const id = name.slice(0, -".txt".length);
      return {
        id,
        // Through the ingest's own decode stage, so the score is the ingest's.
        text: decodedText(name, readFileSync(join(textDir, name))),
        truth: truth[id]?.articleBody ?? "",
      };
    });
}

/** The page's non-blank lines, numbered as an editor shows them: what the ingest hands to classify. */
export function pageLines(text: string): SourceLine[] {
  return text
    .split(/\r?\n/u)
    .map((lineText, index) => ({ line: index + 1, text: lineText }))
    .filter((line) => line.text.trim().length > 0);
}

export function articleText(lines: readonly ClassifiedLine[]): string {
  return lines
    .filter((line) => ARTICLE_KINDS.has(line.kind))
    .map((line) => line.text.trim())
    .join("\n\n");
}

export function evaluatePages(pages: readonly BenchmarkPage[]): EvalResult {
  const started = performance.now();
  const linesOfPages = pages.map((page) => pageLines(page.text));
  const stats = collectCorpusStats(linesOfPages.map((lines) => lines.map((line) => line.text)));
  const languages = pages.map((page) => detectLanguage(page.text));
  const classified = pages.map((_, index) =>
    classifyLines(linesOfPages[index] ?? [], { language: languages[index] ?? "und", stats }),
  );
  const milliseconds = performance.now() - started;
  const results = pages.map((page, index): PageResult => {
    const lines = classified[index] ?? [];
    const match = matchShingles(page.truth, articleText(lines));
    return { id: page.id, language: languages[index] ?? "und", match, lines };
  });
  return {
    score: aggregateScore(results.map((result) => result.match)),
    pages: results,
    milliseconds,
  };
}

export function evaluateCorpus(corpusDir: string = DEFAULT_CORPUS): EvalResult {
  return evaluatePages(loadBenchmark(corpusDir));
}

/** How a main article's value (date, byline) compares with the one its page states. */
export type Verdict = "right" | "wrong" | "missed" | "invented";

export interface StatedResult {
  id: string;
  expected: string | null;
  found: string | null;
  verdict: Verdict;
}

function verdictOf(
  expected: string | null,
  found: string | null,
  agrees: (expected: string, found: string) => boolean,
): Verdict {
  if (expected === null) return found === null ? "right" : "invented";
  if (found === null) return "missed";
  return agrees(expected, found) ? "right" : "wrong";
}

export interface HeadlineResult {
  id: string;
  expected: string;
  /** The title of the page's main article (the one spanning the most lines), if any. */
  found: string | null;
  right: boolean;
}

/** Case, punctuation and spacing aside. */
const comparable = (title: string): string =>
  title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, " ")
    .trim();

const creditComparable = (credit: string): string => comparable(credit).replace(/^the /u, "");

/** The ingest's analysis of every page: each page's main article (the one spanning the most lines). */
export function mainArticles(pages: readonly BenchmarkPage[]): (AnalysedArticle | null)[] {
  const files = pages.map((page) => ({
    file: `${page.id}.txt`,
    encoding: "utf-8" as const,
    text: page.text,
    warnings: [],
  }));
  const stats = corpusStatsOf(files);
  const span = (lines: readonly [number, number]): number => lines[1] - lines[0];
  return files.map((file) =>
    analyseFile(file, stats).articles.reduce<AnalysedArticle | null>(
      (best, article) =>
        best === null || span(article.origin.lines) > span(best.origin.lines) ? article : best,
      null,
    ),
  );
}

/** Page id → the value a person judged by reading the page. */
const labels = <T>(file: string): Record<string, T> =>
  JSON.parse(readFileSync(file, "utf8")) as Record<string, T>;

/**
 * For each hand-labelled page, whether its main article's title (its headline, else its lede's
 * first sentence) is the page's headline.
 */
export function evaluateHeadlines(
  pages: readonly BenchmarkPage[],
  mains: readonly (AnalysedArticle | null)[] = mainArticles(pages),
): HeadlineResult[] {
  const headlines = labels<string>(HEADLINES_FILE);
  return pages.flatMap((page, index) => {
    const expected = headlines[page.id];
    if (expected === undefined) return [];
    const main = mains[index];
    const found = main ? (main.headline ?? main.ledeTitle) : null;
    return [
      { id: page.id, expected, found, right: comparable(found ?? "") === comparable(expected) },
    ];
  });
}

/**
 * For each page a file of labels judges (page id → value, null for none), how the value found in
 * its main article compares with the label.
 */
function evaluateStated(
  labelsFile: string,
  pages: readonly BenchmarkPage[],
  mains: readonly (AnalysedArticle | null)[],
  foundIn: (main: AnalysedArticle | null) => string | null,
  agrees: (expected: string, found: string) => boolean,
): StatedResult[] {
  const labelled = labels<string | null>(labelsFile);
  return pages.flatMap((page, index) => {
    const expected = labelled[page.id];
    if (expected === undefined) return [];
    const found = foundIn(mains[index] ?? null);
    return [{ id: page.id, expected, found, verdict: verdictOf(expected, found, agrees) }];
  });
}

/**
 * For each hand-labelled page, how the date its main article states as the text's own (basis
 * explicit; an inferred or borrowed date counts as none) compares with the date the page states:
 * right when as precise as the page, or coarser but agreeing with it.
 */
export function evaluateDates(
  pages: readonly BenchmarkPage[],
  mains: readonly (AnalysedArticle | null)[] = mainArticles(pages),
): StatedResult[] {
  return evaluateStated(
    DATES_FILE,
    pages,
    mains,
    (main) => (main?.ownDate.basis === "explicit" ? (main.ownDate.date ?? null) : null),
    (expected, found) => found.startsWith(expected) || expected.startsWith(found),
  );
}

/** For each hand-labelled page, how its main article's byline compares with the page's credit. */
export function evaluateBylines(
  pages: readonly BenchmarkPage[],
  mains: readonly (AnalysedArticle | null)[] = mainArticles(pages),
): StatedResult[] {
  return evaluateStated(
    BYLINES_FILE,
    pages,
    mains,
    (main) => main?.byline ?? null,
    // "The Associated Press" and "Associated Press" credit the same agency.
    (expected, found) => creditComparable(expected) === creditComparable(found),
  );
}

function pageF1(match: ShingleMatch): number {
  const precision = pagePrecision(match);
  const recall = pageRecall(match);
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/** "Dates: 172 of 181 right; …" and, when asked, each page that is not right. */
function printStated(name: string, results: readonly StatedResult[], listWrong: boolean): void {
  const count = (verdict: Verdict): number => results.filter((r) => r.verdict === verdict).length;
  console.log(
    `${name}: ${count("right")} of ${results.length} right; stated wrongly ${count("wrong")}, missed ${count("missed")}, invented ${count("invented")}`,
  );
  if (!listWrong) return;
  for (const { id, expected, found, verdict } of results.filter((r) => r.verdict !== "right"))
    console.log(
      `${id.slice(0, 8)} ${verdict}: ${found ?? "(none)"}, page states ${expected ?? "none"}`,
    );
}

function formatRow(name: string, score: BenchmarkScore): string {
  const figures = [score.f1, score.precision, score.recall].map((value) => value.toFixed(3));
  return `${name.padEnd(46)} ${figures.join("      ")}`;
}

/** The same metric for keeping every line of the page: where plain page text starts. */
function allTextScore(pages: readonly BenchmarkPage[]): BenchmarkScore {
  return aggregateScore(pages.map((page) => matchShingles(page.truth, page.text)));
}

/** The score of English pages, of the others, and of each other language. */
function printLanguages(result: EvalResult): void {
  const english = result.pages.filter((page) => page.language === "en");
  const others = result.pages.filter((page) => page.language !== "en");
  const languages = [...new Set(others.map((page) => page.language))].sort();
  const rows: Array<[string, PageResult[]]> = [
    ["English", english],
    ["other languages", others],
    ...languages.map((language): [string, PageResult[]] => [
      `  ${language}`,
      others.filter((page) => page.language === language),
    ]),
  ];
  console.log("\nBy detected language:");
  for (const [name, pages] of rows) {
    const score = aggregateScore(pages.map((page) => page.match));
    console.log(formatRow(`${name} (${pages.length} pages)`, score));
  }
}

function printWorst(result: EvalResult, count: number): void {
  const ranked = [...result.pages]
    .sort((a, b) => pageF1(a.match) - pageF1(b.match))
    .slice(0, count);
  console.log(`\nWorst ${ranked.length} pages (F1 precision recall id):`);
  for (const page of ranked) {
    const { match } = page;
    console.log(
      `${pageF1(match).toFixed(3)} ${pagePrecision(match).toFixed(3)} ${pageRecall(match).toFixed(3)} ${page.language} ${page.id}`,
    );
  }
}

function printPage(result: EvalResult, pages: readonly BenchmarkPage[], idPrefix: string): void {
  const page = result.pages.find((candidate) => candidate.id.startsWith(idPrefix));
  const truth = pages.find((candidate) => candidate.id === page?.id)?.truth ?? "";
  if (!page) {
    console.log(`No page starts with ${idPrefix}`);
    return;
  }
  for (const line of page.lines) {
    const text = line.text.trim();
    const inTruth = truth.includes(text.slice(0, 60)) ? "T" : " ";
    const kind = line.reason ? `${line.kind}:${line.reason}` : line.kind;
    console.log(
      `${String(line.line).padStart(4)} ${inTruth} ${kind.padEnd(26)} ${text.slice(0, 110)}`,
    );
  }
}

function optionValue(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function main(args: readonly string[]): void {
  const corpusDir = resolve(optionValue(args, "--corpus") ?? DEFAULT_CORPUS);
  const pages = loadBenchmark(corpusDir);
  const result = evaluatePages(pages);
  console.log(`ScrapingHub benchmark, ${pages.length} pages, from page text (${corpusDir})`);
  console.log(`${"extractor".padEnd(46)} F1         precision  recall`);
  console.log(formatRow("clippings classify (this run, page text)", result.score));
  console.log(formatRow("all page text (this run, page text)", allTextScore(pages)));
  for (const [name, score] of PUBLISHED) console.log(formatRow(`${name} (published, HTML)`, score));
  printLanguages(result);
  const perPage = result.milliseconds / pages.length;
  console.log(`\nTime: ${result.milliseconds.toFixed(0)} ms (${perPage.toFixed(2)} ms per page)`);
  // Both read the same analysis of every page, made once.
  const mains = mainArticles(pages);
  const headlines = evaluateHeadlines(pages, mains);
  const right = headlines.filter((headline) => headline.right).length;
  console.log(`\nHeadlines: ${right} of ${headlines.length} pages' main articles titled right`);
  const worst = optionValue(args, "--worst");
  if (worst) printWorst(result, Number(worst));
  printStated("Dates", evaluateDates(pages, mains), args.includes("--wrong-dates"));
  printStated("Bylines", evaluateBylines(pages, mains), args.includes("--wrong-bylines"));
  if (args.includes("--wrong-titles"))
    for (const { id, expected, found } of headlines.filter((headline) => !headline.right))
      console.log(`${id.slice(0, 8)} ${found ?? "(no article)"}\n         headline: ${expected}`);
  const pageId = optionValue(args, "--page");
  if (pageId) printPage(result, pages, pageId);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
