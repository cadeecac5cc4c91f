import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  aggregateScore,
  matchShingles,
  pagePrecision,
  pageRecall,
  shingleCounts,
  tokenize,
} from "../src/shingle-score.ts";

describe("tokenize", () => {
  it("keeps Unicode letters, digits and underscores, like Python's \\w+", () => {
    assert.deepEqual(tokenize("Hello, wörld_1 — naïve 2020!"), [
      "Hello",
      "wörld_1",
      "naïve",
      "2020",
    ]);
  });

  it("returns nothing for text without word characters", () => {
    assert.deepEqual(tokenize(" — !? "), []);
  });
});

describe("shingleCounts", () => {
  it("counts overlapping 4-token shingles with multiplicity", () => {
    const counts = shingleCounts("a b c d a b c d");
    assert.deepEqual(
      [...counts.entries()],
      [
        ["a b c d", 2],
        ["b c d a", 1],
        ["c d a b", 1],
        ["d a b c", 1],
      ],
    );
  });

  it("makes one short shingle of a text under four tokens, and none of an empty one", () => {
    assert.deepEqual([...shingleCounts("a b").entries()], [["a b", 1]]);
    assert.equal(shingleCounts("").size, 0);
  });
});

describe("matchShingles", () => {
  it("normalises TP, FP and FN to sum to one", () => {
    // truth: abcd bcde; predicted: abcd bcdx -> TP 1, FP 1, FN 1
    assert.deepEqual(matchShingles("a b c d e", "a b c d x"), { tp: 1 / 3, fp: 1 / 3, fn: 1 / 3 });
  });

  it("takes the minimum of the counts as true positives", () => {
    // truth has abcd twice and three other shingles; predicted abcd once -> TP 1, FN 4
    assert.deepEqual(matchShingles("a b c d a b c d", "a b c d"), { tp: 0.2, fp: 0, fn: 0.8 });
  });

  it("leaves two empty texts at zero", () => {
    assert.deepEqual(matchShingles("", ""), { tp: 0, fp: 0, fn: 0 });
  });
});

describe("page scores", () => {
  it("applies the benchmark's special cases", () => {
    assert.equal(pagePrecision({ tp: 0, fp: 0, fn: 0 }), 1);
    assert.equal(pageRecall({ tp: 0, fp: 0, fn: 0 }), 1);
    assert.equal(pagePrecision({ tp: 0, fp: 0, fn: 1 }), 0);
    assert.equal(pageRecall({ tp: 0, fp: 1, fn: 0 }), 0);
    assert.equal(pagePrecision({ tp: 0.5, fp: 0.25, fn: 0.25 }), 0.5 / 0.75);
  });

  it("averages precision over pages that predicted something and recall over pages with truth", () => {
    const score = aggregateScore([
      { tp: 1, fp: 0, fn: 0 }, // perfect
      { tp: 0, fp: 0, fn: 1 }, // nothing predicted: no precision, recall 0
      { tp: 0.5, fp: 0.5, fn: 0 }, // precision 0.5, recall 1
    ]);
    assert.equal(score.precision, 0.75);
    assert.equal(score.recall, 2 / 3);
    assert.ok(Math.abs(score.f1 - (2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3)) < 1e-12);
  });
});
