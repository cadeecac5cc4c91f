import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";
import fc from "fast-check";
import {
  canonicalPeople,
  extractEntities,
  mergeNameVariants,
  namePhrases,
  PHRASE,
} from "../src/entities.ts";

test("people, places and organisations from English text; titles split from names", () => {
  const found = extractEntities(
    [
      "Russian President Vladimir Putin vowed support for Alexander Lukashenko in Minsk.",
      "NATO chief Jens Stoltenberg and the European Union warned Moscow.",
      "Opposition leader Svetlana Tikhanovskaya fled to Lithuania.",
    ],
    "en",
  );
  assert.deepEqual(found.people, [
    "Alexander Lukashenko",
    "Jens Stoltenberg",
    "Svetlana Tikhanovskaya",
    "Vladimir Putin",
  ]);
  assert.ok(
    found.places.includes("Minsk") &&
      found.places.includes("Lithuania") &&
      found.places.includes("Moscow"),
  );
  assert.ok(found.organizations.includes("NATO") && found.organizations.includes("European Union"));
});

test("a surname alone joins the one full name that ends with it", () => {
  assert.deepEqual(mergeNameVariants(["Lukashenko", "Alexander Lukashenko", "Putin"]), [
    "Alexander Lukashenko",
    "Putin",
  ]);
  const canonical = canonicalPeople([
    "Alexander Lukashenko",
    "Lukashenko",
    "Mark Rutte",
    "Mark Smith",
  ]);
  assert.equal(canonical.get("Lukashenko"), "Alexander Lukashenko");
  assert.equal(canonical.get("Mark"), undefined);
});

test("other languages get no English guesses", () => {
  assert.deepEqual(extractEntities(["Die Regierung in Berlin hat am Montag beschlossen."], "de"), {
    people: [],
    places: [],
    organizations: [],
  });
});

test("compromise's bundled CommonJS build (loaded for speed) has the same lexicon as its ES build", async () => {
  const lexiconOf = (nlp: { model(): unknown }): unknown =>
    (nlp.model() as { one: { lexicon: unknown } }).one.lexicon;
  const bundled = createRequire(import.meta.url)("compromise") as { model(): unknown };
  const modules = (await import("compromise")).default;
  assert.deepEqual(lexiconOf(bundled), lexiconOf(modules));
});

test("name phrases: the ASCII fast path finds exactly the Unicode pattern's runs", () => {
  const pieces = [
    "Bank",
    "of",
    "England",
    "the",
    "de",
    "Mc",
    "O'Neil",
    "A.",
    "x-Y",
    " ",
    "  ",
    "\n",
    "\t",
    ",",
    "7",
    "é",
    "É",
    "’s",
    "ı",
    "ǅ",
    "a",
  ];
  const paragraph = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(""));
  const runs = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, m[0]]);
  fc.assert(
    fc.property(paragraph, (text) => {
      assert.deepEqual(runs(namePhrases(text)), runs(text.matchAll(PHRASE)));
    }),
    { numRuns: 2000 },
  );
});
