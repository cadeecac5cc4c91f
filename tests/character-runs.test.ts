import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { characterClass, characterRuns, isRun } from "../src/character-runs.ts";

// Text of every kind: ASCII, letters and marks of other scripts, digits, astral letters and
// emoji (surrogate pairs), lone surrogates, and the apostrophes and hyphens words may hold.
const text = fc.oneof(
  fc.string({ unit: "binary" }),
  fc
    .array(
      fc.constantFrom(
        ..."ab Z9'’-.,\u00e9\u0301жー٣\ud835\udc00\ud83d\ude00\ud800\udc00".split(""),
      ),
    )
    .map((units) => units.join("")),
  fc
    .array(fc.constantFrom("word", " ", "\ud835\udc00", "\ud83d", "\ude00", "é", "-"))
    .map((parts) => parts.join("")),
);

test("character runs are what a Unicode-property regex finds, for any text", () => {
  const classes = [/[\p{L}\p{N}'’-]/u, /[\p{L}'’]/u, /[\p{L}\p{N}]/u];
  for (const pattern of classes) {
    const kind = characterClass(pattern);
    const runs = new RegExp(`${pattern.source}+`, "gu");
    fc.assert(
      fc.property(text, (t) => {
        assert.deepEqual(characterRuns(t, kind), t.match(runs) ?? []);
      }),
      { numRuns: 3000, seed: 20261202 },
    );
  }
});

test("a run of one class after a first character of another is what the anchored regex says, for any text", () => {
  const [first, rest] = [/[\p{L}"'“]/u, /[\p{L}\p{N} .,'’-]/u];
  const whole = new RegExp(`^${first.source}${rest.source}*$`, "u");
  const [firstKind, restKind] = [characterClass(first), characterClass(rest)];
  fc.assert(
    fc.property(text, (t) => {
      assert.equal(isRun(t, firstKind, restKind), whole.test(t));
    }),
    { numRuns: 3000, seed: 20261206 },
  );
});

test("a character class is one regex with the u flag and no global state", () => {
  assert.throws(() => characterClass(/[a-z]/), /u flag/);
  assert.throws(() => characterClass(/[a-z]/gu), /u flag/);
});
