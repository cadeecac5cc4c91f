import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { it } from "node:test";
import {
  DEFAULT_CORPUS,
  evaluateBylines,
  evaluateCorpus,
  evaluateDates,
  evaluateHeadlines,
  loadBenchmark,
  mainArticles,
  type StatedResult,
} from "../scripts/eval-boilerplate.ts";

/** A little below the score reached when this floor was set, so that only a regression fails. */
const F1_FLOOR = 0.95;

const corpusMissing = existsSync(DEFAULT_CORPUS)
  ? false
  : `benchmark corpus not found at ${DEFAULT_CORPUS}`;

/** The pages and the ingest's analysis of them, made once for the headline, date and byline checks. */
type Analysed = { pages: ReturnType<typeof loadBenchmark>; mains: ReturnType<typeof mainArticles> };
let analysed: Analysed | undefined;
const benchmark = (): Analysed => {
  if (!analysed) {
    const pages = loadBenchmark(DEFAULT_CORPUS);
    analysed = { pages, mains: mainArticles(pages) };
  }
  return analysed;
};

it("keeps the boilerplate benchmark F1 above its floor", { skip: corpusMissing }, () => {
  const { score } = evaluateCorpus();
  assert.ok(score.f1 >= F1_FLOOR, `F1 ${score.f1.toFixed(3)} fell below ${F1_FLOOR}`);
});

/** Pages whose main article is titled with the headline read off the page: 143 when set. */
const HEADLINES_FLOOR = 140;

it("titles the benchmark pages' main articles with their headlines", {
  skip: corpusMissing,
}, () => {
  const { pages, mains } = benchmark();
  const headlines = evaluateHeadlines(pages, mains);
  assert.equal(headlines.length, 181);
  const right = headlines.filter((headline) => headline.right).length;
  assert.ok(right >= HEADLINES_FLOOR, `${right} of 181 titles right, below ${HEADLINES_FLOOR}`);
});

/**
 * Fails when fewer than `floor` of the 181 pages are right, or more than `ceiling` state what the
 * page does not (another value, or one where the page states none).
 */
function assertStated(results: readonly StatedResult[], floor: number, ceiling: number): void {
  assert.equal(results.length, 181);
  const right = results.filter((result) => result.verdict === "right").length;
  const wrong = results.filter((r) => r.verdict === "wrong" || r.verdict === "invented").length;
  assert.ok(right >= floor, `${right} of 181 right, below ${floor}`);
  assert.ok(wrong <= ceiling, `${wrong} stated wrongly or invented, above ${ceiling}`);
}

/** Pages whose main article states the page's own date: 172 when set, 2 stating another, 1 inventing one. */
const DATES_FLOOR = 170;
const WRONG_DATES_CEILING = 4;

it("dates the benchmark pages' main articles as their pages do", { skip: corpusMissing }, () => {
  const { pages, mains } = benchmark();
  assertStated(evaluateDates(pages, mains), DATES_FLOOR, WRONG_DATES_CEILING);
});

/** Pages whose main article credits the page's author: 147 when set, 4 crediting another. */
const BYLINES_FLOOR = 144;
const WRONG_BYLINES_CEILING = 6;

it("credits the benchmark pages' main articles to their authors", { skip: corpusMissing }, () => {
  const { pages, mains } = benchmark();
  assertStated(evaluateBylines(pages, mains), BYLINES_FLOOR, WRONG_BYLINES_CEILING);
});
