import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { franc } from "franc-min";
import { containment, shingles, words } from "../src/cluster.ts";
import {
  type ArticleManifest,
  encodeWindows1252,
  type GeneratedFile,
  generateCorpus,
} from "../src/corpus-generator.ts";
import { decodeWindows1252 } from "../src/decode.ts";
import { stopwordsFor } from "../src/language.ts";

const ARTICLES = 2000;
const SEED = 42;

/** One hash over every path and byte, in order: equal hashes mean byte-identical corpora. */
function digest(files: Iterable<GeneratedFile>): string {
  const hash = createHash("sha256");
  for (const { manifest, bytes } of files) hash.update(manifest.file).update(bytes);
  return hash.digest("hex");
}

function textOf({ manifest, bytes }: GeneratedFile): string {
  // Node's TextDecoder reads windows-1252 as latin1, so use the ingest's own decoder for it.
  if (manifest.encoding === "windows-1252") return decodeWindows1252(bytes);
  return new TextDecoder("utf-8").decode(bytes); // drops a BOM
}

const corpus = [...generateCorpus({ articles: ARTICLES, seed: SEED })];
const articles = (files: readonly GeneratedFile[]): ArticleManifest[] =>
  files.flatMap((file) => file.manifest.articles);

function findFile(predicate: (file: GeneratedFile) => boolean, what: string): GeneratedFile {
  const file = corpus.find(predicate);
  assert.ok(file, `no ${what} in ${ARTICLES} generated articles`);
  return file;
}

describe("generateCorpus determinism", () => {
  it("gives byte-identical files for the same seed", () => {
    assert.equal(digest(generateCorpus({ articles: ARTICLES, seed: SEED })), digest(corpus));
  });

  it("gives a different corpus for a different seed", () => {
    assert.notEqual(digest(generateCorpus({ articles: ARTICLES, seed: SEED + 1 })), digest(corpus));
  });
});

describe("generateCorpus dates", () => {
  it("dates every article from `from` on when asked, as new clippings would be", () => {
    const dates = [...generateCorpus({ articles: 200, seed: SEED, from: "2023-12-01" })].flatMap(
      (file) => file.manifest.articles.map((a) => a.date),
    );
    assert.equal(dates.length, 200);
    for (const date of dates) assert.ok(date >= "2023-12-01" && date <= "2024-01-10", date);
    assert.throws(() => [...generateCorpus({ articles: 1, seed: SEED, from: "2025-01-01" })]);
    assert.throws(() => [...generateCorpus({ articles: 1, seed: SEED, from: "December" })]);
  });
});

describe("generateCorpus manifest", () => {
  it("holds exactly the requested number of articles", () => {
    assert.equal(articles(corpus).length, ARTICLES);
    for (const count of [1, 7, 33]) {
      assert.equal(articles([...generateCorpus({ articles: count, seed: 5 })]).length, count);
    }
  });

  it("names files site-NN/YYYY/NNNNNN.txt, each once", () => {
    const paths = corpus.map((file) => file.manifest.file);
    for (const path of paths) assert.match(path, /^site-\d{2}\/\d{4}\/\d{6}\.txt$/);
    assert.equal(new Set(paths).size, paths.length);
  });

  it("numbers articles within a file and keeps them 5 to 40 paragraphs long", () => {
    for (const { manifest } of corpus) {
      assert.deepEqual(
        manifest.articles.map((article) => article.index),
        manifest.articles.map((_, i) => i + 1),
      );
    }
    for (const article of articles(corpus)) {
      assert.ok(article.paragraphs >= 5 && article.paragraphs <= 40, `${article.paragraphs}`);
    }
  });
});

describe("generateCorpus shapes", () => {
  it("writes listing pages of several headlined articles separated by blank lines", () => {
    const listing = findFile(
      (file) => file.manifest.layout === "listing" && file.manifest.articles.length >= 2,
      "listing page",
    );
    const text = textOf(listing).replaceAll("\r\n", "\n");
    for (const article of listing.manifest.articles) {
      assert.ok(article.headline && text.includes(`${article.headline}\n`), article.headline ?? "");
    }
    assert.match(text, /\n\n\n/);
  });

  it("reprints wire stories on several sites", () => {
    const sitesByStory = new Map<string, Set<string>>();
    for (const { manifest } of corpus) {
      for (const article of manifest.articles) {
        const sites = sitesByStory.get(article.story) ?? new Set<string>();
        sites.add(manifest.site);
        sitesByStory.set(article.story, sites);
      }
    }
    assert.ok([...sitesByStory.values()].some((sites) => sites.size >= 2));
  });

  it("writes some files with CRLF line endings, and only those", () => {
    const crlf = findFile((file) => file.manifest.crlf, "CRLF file");
    assert.ok(textOf(crlf).includes("\r\n"));
    for (const file of corpus.filter((f) => !f.manifest.crlf)) {
      assert.ok(!textOf(file).includes("\r"), file.manifest.file);
    }
  });

  it("writes some UTF-8 files with a byte order mark", () => {
    const withBom = findFile((file) => file.manifest.bom, "file with a BOM");
    assert.deepEqual([...withBom.bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
  });

  it("writes some windows-1252 files that are not valid UTF-8 and encode losslessly", () => {
    const legacy = findFile(
      (file) => file.manifest.encoding === "windows-1252" && file.bytes.some((byte) => byte > 0x7f),
      "windows-1252 file with non-ASCII text",
    );
    assert.throws(() => new TextDecoder("utf-8", { fatal: true }).decode(legacy.bytes));
    assert.deepEqual(encodeWindows1252(textOf(legacy)), legacy.bytes);
  });

  it("writes German, French and Spanish articles that read as those languages", () => {
    const expected = { de: "deu", fr: "fra", es: "spa", en: "eng" } as const;
    for (const [language, code] of Object.entries(expected)) {
      const file = findFile(
        (f) => f.manifest.articles.length === 1 && f.manifest.articles[0]?.language === language,
        `single ${language} article`,
      );
      assert.equal(franc(textOf(file)), code, file.manifest.file);
    }
  });

  it("dates articles explicitly, through a dated caption, or not at all", () => {
    const evidence = new Set(articles(corpus).map((article) => article.dateEvidence));
    assert.deepEqual([...evidence].sort(), ["caption", "explicit", "none"]);
    const prefixed = findFile(
      (f) => f.manifest.layout === "bare" && f.manifest.articles[0]?.dateEvidence === "explicit",
      "article with a ' date …' prefix",
    );
    assert.ok(textOf(prefixed).startsWith(` date ${prefixed.manifest.articles[0]?.date} `));
  });

  it("prints a caption dated on the article's day when that is its only date evidence", () => {
    const months = ["January", "February", "March", "April", "May", "June", "July"]
      .concat(["August", "September", "October", "November", "December"])
      .map((month) => `on ${month} `);
    const file = findFile(
      (f) =>
        f.manifest.articles.length === 1 &&
        f.manifest.articles[0]?.language === "en" &&
        f.manifest.articles[0]?.dateEvidence === "caption",
      "English article dated by its caption",
    );
    const [year, month, day] = (file.manifest.articles[0]?.date ?? "").split("-").map(Number);
    const phrase = `${months[(month ?? 1) - 1]}${day}, ${year}`;
    assert.ok(textOf(file).includes(phrase), `${file.manifest.file} lacks "${phrase}"`);
  });
});

interface Body {
  story: string;
  language: string;
  text: string;
  shingles: Uint32Array;
}

/** Every article's body as the generator printed it, with its shingles as the ingest takes them. */
function bodiesOf(files: readonly GeneratedFile[]): Body[] {
  return files.flatMap(({ manifest, bodies }) =>
    manifest.articles.map(({ story, language }, index) => {
      const text = (bodies[index] ?? []).join("\n");
      return { story, language, text, shingles: shingles(words(text)) };
    }),
  );
}

/** Containment of every pair of articles in one language, split by whether they share a story. */
function pairContainments(bodies: readonly Body[]): { reprints: number[]; unrelated: number[] } {
  const reprints: number[] = [];
  const unrelated: number[] = [];
  for (const [i, a] of bodies.entries()) {
    for (const b of bodies.slice(i + 1)) {
      if (a.language !== b.language) continue;
      (a.story === b.story ? reprints : unrelated).push(containment(a.shingles, b.shingles));
    }
  }
  return { reprints, unrelated };
}

/** The value below which `share` of the sorted values lie. */
function quantile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}

/** Sentences of a body: split after ".", "?" or "!" (and a closing quote) before a capital or quote. */
const SENTENCE_BREAK = /(?<=[.?!][\u00a0\u201c\u201d\u00bb"]*)\s+(?=[\p{Lu}\u201c\u201e\u00ab"])/u;

describe("generateCorpus prose", () => {
  // Real wire copy (ScrapingHub corpus): unrelated articles median 0.000, p99 about 0.005;
  // reprints of one report 0.1 to 0.85. The ingest joins two articles at 0.08.
  const bodies = bodiesOf([...generateCorpus({ articles: 400, seed: 3 })]);
  const { reprints, unrelated } = pairContainments(bodies);
  const sorted = [...unrelated].sort((a, b) => a - b);

  it("keeps unrelated articles in one language as far apart as real news", () => {
    assert.ok(sorted.length > 10_000, `${sorted.length} pairs`);
    const [median, p99, max] = [quantile(sorted, 0.5), quantile(sorted, 0.99), sorted.at(-1)];
    assert.ok(median <= 0.005, `median ${median}`);
    assert.ok(p99 <= 0.02, `p99 ${p99}`);
    assert.ok((max ?? 1) <= 0.06, `max ${max}`);
  });

  it("keeps reprints of one story close", () => {
    assert.ok(reprints.length >= 20, `${reprints.length} reprint pairs`);
    assert.ok(Math.min(...reprints) >= 0.3, `min ${Math.min(...reprints)}`);
  });

  it("writes prose with the stopword density of real copy", () => {
    for (const language of ["en", "de", "fr", "es"]) {
      const stopwords = stopwordsFor(language);
      const all = bodies.filter((body) => body.language === language).flatMap((b) => words(b.text));
      const share = all.filter((word) => stopwords.has(word)).length / all.length;
      assert.ok(share >= 0.35 && share <= 0.55, `${language}: ${share}`);
    }
  });

  it("writes whole sentences of 12 to 40 words", () => {
    for (const body of bodies) {
      for (const paragraph of body.text.split("\n")) {
        for (const sentence of paragraph.split(SENTENCE_BREAK)) {
          const count = words(sentence).length;
          assert.match(sentence, /[.?!][\u00a0\u201c\u201d\u00bb"]*$/u, sentence);
          assert.ok(count >= 12 && count <= 40, `${count} words: ${sentence}`);
        }
      }
    }
  });
});
