import assert from "node:assert/strict";
import { test } from "node:test";
import { asUtf8, decode, decodeWindows1252, normaliseText } from "../src/decode.ts";

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

test("UTF-8 with and without BOM decodes to the same text", () => {
  const plain = decode("a.txt", utf8("Café — “news”"));
  const withBom = decode("a.txt", Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("Café — “news”")]));
  assert.ok(plain.ok && withBom.ok);
  assert.equal(plain.decoded.text, "Café — “news”");
  assert.equal(withBom.decoded.text, plain.decoded.text);
  assert.deepEqual(plain.decoded.warnings, []);
});

test("UTF-16 with a BOM, little and big endian", () => {
  const le = decode("le.txt", bytes(0xff, 0xfe, 0x48, 0x00, 0xe9, 0x00));
  const be = decode("be.txt", bytes(0xfe, 0xff, 0x00, 0x48, 0x00, 0xe9));
  assert.ok(le.ok && be.ok);
  assert.equal(le.decoded.text, "Hé");
  assert.equal(le.decoded.encoding, "utf-16le");
  assert.equal(be.decoded.text, "Hé");
});

test("invalid UTF-8 falls back to Windows-1252, says so, and never yields U+FFFD", () => {
  // “Hello” — in Windows-1252 the quotes are 0x93 and 0x94, and é is 0xe9.
  const result = decode("cp.txt", bytes(0x93, 0x48, 0x65, 0x6c, 0x6c, 0x6f, 0x94, 0x20, 0xe9));
  assert.ok(result.ok);
  assert.equal(result.decoded.text, "“Hello” é");
  assert.equal(result.decoded.encoding, "windows-1252");
  assert.match(result.decoded.warnings.join(), /Windows-1252/);
  assert.ok(!result.decoded.text.includes("\ufffd"));
});

test("Windows-1252 maps the 0x80–0x9F range to its printable characters", () => {
  assert.equal(decodeWindows1252(bytes(0x80, 0x85, 0x96, 0x97, 0x99)), "€…–—™");
});

test("the published copy of a raw file is UTF-8: a Windows-1252 file as the same characters", () => {
  // “Café” and an undefined byte (0x81), after a UTF-8 mark the rest of the file belies.
  const windows1252 = Buffer.from([0xef, 0xbb, 0xbf, 0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x81]);
  assert.equal(asUtf8(windows1252).toString("utf8"), "“Café”\u0081");
  // Every byte is one character, so the file's bytes come back from the copy.
  const characters = asUtf8(Buffer.from([0xe9, 0x81, 0x8d, 0x80])).toString("utf8");
  assert.equal(characters.length, 4);
  for (const file of [
    Buffer.from("Café — “news”"),
    Buffer.from([0xff, 0xfe, 0x48, 0x00, 0xe9, 0x00]),
  ])
    assert.equal(asUtf8(file), file, "UTF-8 and UTF-16 files are copied as they are");
});

test("binary and empty files are skipped with a reason", () => {
  const binary = decode("x.bin", bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14));
  assert.ok(!binary.ok);
  assert.match(binary.reason, /binary/);
  const empty = decode("e.txt", utf8("  \n\n \t "));
  assert.ok(!empty.ok);
  assert.match(empty.reason, /empty/);
});

test("normalisation: line endings, NFC, controls and bidi overrides out, spaces collapsed", () => {
  const text = normaliseText("a\r\nb\rc\u0007d   e\tf\u202eg\u200bh e\u0301 ZW\u200dJ\uffff");
  assert.equal(text, "a\nb\ncd e fgh é ZW\u200dJ");
});

test("UTF-16 with a broken surrogate pair says so instead of hiding the U+FFFD", () => {
  const result = decode("broken.txt", bytes(0xff, 0xfe, 0x48, 0x00, 0x00, 0xd8, 0x49, 0x00));
  assert.ok(result.ok);
  assert.equal(result.decoded.text, "H\ufffdI");
  assert.match(result.decoded.warnings.join(), /UTF-16LE.*U\+FFFD/);
});

test("mojibake (UTF-8 once read as Latin-1 or Windows-1252) is repaired, and said so", () => {
  const korean = "연예 미디어";
  const asLatin1 = String.fromCharCode(...new TextEncoder().encode(korean));
  const result = decode("m.txt", utf8(`${asLatin1}\nCafÃ© â€” itâ€™s fine\nCafé stays café`));
  assert.ok(result.ok);
  assert.equal(result.decoded.text, `${korean}\nCafé — it’s fine\nCafé stays café`);
  assert.match(result.decoded.warnings.join(), /2 lines of mojibake repaired/);
});
