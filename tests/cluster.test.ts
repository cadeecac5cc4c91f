import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { clusterStories, containment, shingles as shinglesOfWords, words } from "../src/cluster.ts";

const shingles = (text: string): Uint32Array => shinglesOfWords(words(text));

const VOCABULARY: Record<string, string[]> = {
  gas: "pipeline supplies winter prices europe ministers cut valves storage tankers transit".split(
    " ",
  ),
  grain: "harvest wheat ports farmers exports silos barley shipping corridor drought".split(" "),
  wire: "summit leaders talks ceasefire envoys delegation capital statement agreement border".split(
    " ",
  ),
};
/** Sentences built from a topic's own words, so two topics share no four-word run. */
const sentence = (topic: string, i: number): string => {
  const words = VOCABULARY[topic] ?? [];
  return `${Array.from({ length: 12 }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(" ")} ${i}.`;
};
const text = (topic: string, from: number, to: number): string =>
  Array.from({ length: to - from }, (_, k) => sentence(topic, from + k)).join(" ");

test("containment is the share of the smaller set found in the larger", () => {
  const a = shingles("one two three four five six");
  const b = shingles("one two three four five six seven eight nine");
  assert.equal(containment(a, b), 1);
  assert.equal(containment(a, shingles("completely different words in this other text")), 0);
});

test("edits of one report share a story; unrelated texts on the same subject do not", () => {
  const original = text("gas", 0, 30);
  const edit = `${text("gas", 0, 20)} An outlet added this closing line of its own to the wire copy.`;
  const unrelated = text("grain", 0, 30);
  const groups = clusterStories([original, unrelated, edit].map(shingles));
  assert.equal(groups[0], groups[2]);
  assert.notEqual(groups[0], groups[1]);
});

test("many reprints of one phrase-heavy story stay linear and still cluster", () => {
  const copies = Array.from({ length: 300 }, (_, i) =>
    shingles(`${text("wire", 0, 10)} Local note ${i}.`),
  );
  const groups = clusterStories(copies);
  assert.equal(new Set(groups).size, 1);
});

test("each text is checked against the texts just before it that share its samples", () => {
  // Reprints of two stories, interleaved: every pair the clustering checks in full must be an
  // earlier text and a later one, of the same story, at most a posting window apart.
  const sets = Array.from({ length: 120 }, (_, i) =>
    shingles(`${text(i % 2 ? "gas" : "grain", 0, 10)} Local note ${i}.`),
  );
  const checked: Array<[number, number]> = [];
  const groups = clusterStories(sets, {
    related: () => undefined,
    remember: (a, b) => checked.push([a, b]),
  });
  assert.ok(checked.length > 0);
  for (const [a, b] of checked) {
    assert.ok(a < b, `${a} is checked before ${b}`);
    assert.equal(a % 2, b % 2, `${a} and ${b} are of one story`);
    assert.ok(b - a <= 2 * 32, `${a} and ${b} are neighbours`);
  }
  assert.equal(new Set(groups).size, 2);
});

test("the result depends only on the input order", () => {
  const sets = ["a b c d e f", "a b c d e g", "x y z w v u"].map(shingles);
  assert.deepEqual(clusterStories(sets), clusterStories(sets));
});

test("shingles are the sorted, distinct hashes of every four-word run", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom("a", "b", "c", "dé", "x1"), { maxLength: 40 }), (list) => {
      const runs = new Set<number>();
      for (let i = 0; i + 4 <= list.length; i++)
        for (const hash of shinglesOfWords(list.slice(i, i + 4))) runs.add(hash);
      const expected =
        list.length < 4 ? [...shinglesOfWords(list)] : [...runs].sort((x, y) => x - y);
      assert.deepEqual([...shinglesOfWords(list)], expected);
      assert.equal(shinglesOfWords(list.slice(0, 4)).length, list.length >= 1 ? 1 : 0);
    }),
    { numRuns: 500, seed: 20261122 },
  );
});
