import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { classifyLines } from "../src/classify.ts";
import { collectCorpusStats, normaliseForRepeat } from "../src/corpus-stats.ts";
import { detectLanguage, stopwordsFor } from "../src/language.ts";
import type { ClassifiedLine, CorpusStats, SourceLine } from "../src/types.ts";

const RAW_DIR = join(import.meta.dirname, "..", "content", "raw");
const FIXTURE_DIR = join(import.meta.dirname, "fixtures", "classify");

const seedNames = readdirSync(RAW_DIR)
  .filter((name) => name.endsWith(".txt"))
  .sort();
const seedTexts = new Map(
  seedNames.map((name) => [name.slice(0, 3), readFileSync(join(RAW_DIR, name), "utf8")]),
);
const seedStats: CorpusStats = collectCorpusStats(
  [...seedTexts.values()].map((text) => text.split(/\r?\n/u)),
);

/** Non-blank lines numbered as an editor shows them, the way the ingest hands them over. */
function linesOf(text: string, from = 1, to = Number.POSITIVE_INFINITY): SourceLine[] {
  return text
    .split(/\r?\n/u)
    .map((lineText, index) => ({ line: index + 1, text: lineText }))
    .filter((line) => line.line >= from && line.line <= to && line.text.trim().length > 0);
}

function classifySeed(seed: string, from?: number, to?: number): Map<number, ClassifiedLine> {
  const text = seedTexts.get(seed) ?? "";
  const classified = classifyLines(linesOf(text, from, to), {
    language: detectLanguage(text),
    stats: seedStats,
  });
  return new Map(classified.map((line) => [line.line, line]));
}

function expectKind(
  lines: Map<number, ClassifiedLine>,
  line: number,
  kind: string,
  reason?: string,
): void {
  const classified = lines.get(line);
  assert.ok(classified, `line ${line} missing`);
  const label = (value: ClassifiedLine) =>
    value.reason ? `${value.kind}:${value.reason}` : value.kind;
  assert.equal(
    label(classified),
    reason ? `${kind}:${reason}` : kind,
    `line ${line}: ${classified.text}`,
  );
}

/** No sentence of an article may be thrown away: every long sentence-final line stays in the text. */
function assertNoBodySentenceRemoved(lines: Map<number, ClassifiedLine>): void {
  for (const line of lines.values()) {
    const text = line.text.trim();
    const sentence = text.length >= 80 && /[.!?]["'”’]?$/u.test(text);
    if (sentence && line.kind !== "caption") {
      assert.notEqual(line.kind, "boilerplate", `line ${line.line} removed: ${text}`);
    }
  }
}

describe("language", () => {
  it("detects ISO 639-1 codes from prose and says und for too little text", () => {
    assert.equal(detectLanguage(seedTexts.get("000") ?? ""), "en");
    assert.equal(
      detectLanguage(
        "Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen, das die Rechte der Mieter stärkt.",
      ),
      "de",
    );
    assert.equal(detectLanguage("ok"), "und");
  });

  it("gives stopwords for known languages and an empty set otherwise", () => {
    assert.ok(stopwordsFor("en").has("the"));
    assert.ok(stopwordsFor("de").has("und"));
    assert.equal(stopwordsFor("und").size, 0);
  });
});

describe("corpus stats", () => {
  it("folds case, digits, spacing and edge punctuation", () => {
    assert.equal(normaliseForRepeat("  12 Comments » "), normaliseForRepeat("3 comments"));
    assert.equal(normaliseForRepeat("SHARE  this"), "share this");
  });

  it("trims the same edge noise from ASCII and non-ASCII lines", () => {
    // ASCII lines take a table, others the Unicode classes: both must agree on where noise ends.
    assert.equal(normaliseForRepeat("#3 | Share on X >>"), "share on x");
    assert.equal(normaliseForRepeat("[READ ALSO]: 'Title' ..."), "read also]: 'title");
    assert.equal(normaliseForRepeat("» ▶ Lire aussi : l’article «"), "lire aussi : l’article");
    assert.equal(normaliseForRepeat("-- «Zurück» 🔙"), "zurück");
    assert.equal(normaliseForRepeat("Mañana 12:30 !!"), "mañana");
    assert.equal(normaliseForRepeat("١٢ تعليق"), "تعليق");
    assert.equal(normaliseForRepeat(" .,;:!? "), "");
  });

  it("counts each line once per file", () => {
    const stats = collectCorpusStats([["Share", "Share", "Text"], ["share"], ["Other"]]);
    assert.equal(stats.fileCount, 3);
    assert.equal(stats.lineFileCounts.get("share"), 2);
    assert.equal(stats.lineFileCounts.get("text"), 1);
  });
});

describe("classifyLines on the seed files", () => {
  it("returns one classified line per input line, in order", () => {
    const input = linesOf(seedTexts.get("002") ?? "");
    const output = classifyLines(input, { language: "en", stats: seedStats });
    assert.deepEqual(
      output.map((line) => line.line),
      input.map((line) => line.line),
    );
  });

  it("001: placeholder, headline, byline, dateline, caption, standfirst, body", () => {
    const lines = classifySeed("001");
    expectKind(lines, 1, "boilerplate", "placeholder");
    expectKind(lines, 3, "headline");
    expectKind(lines, 5, "byline");
    expectKind(lines, 6, "dateline");
    expectKind(lines, 7, "boilerplate", "placeholder");
    expectKind(lines, 8, "caption");
    assert.equal(lines.get(10)?.kind, "boilerplate");
    expectKind(lines, 12, "standfirst");
    for (let line = 14; line <= 36; line += 2) expectKind(lines, line, "body");
    assertNoBodySentenceRemoved(lines);
  });

  it("002: breadcrumb, headline, caption, subheading and the footer", () => {
    const lines = classifySeed("002");
    expectKind(lines, 1, "boilerplate", "breadcrumb");
    expectKind(lines, 3, "headline");
    expectKind(lines, 5, "caption");
    expectKind(lines, 17, "subheading");
    for (const line of [7, 9, 15, 19, 33]) expectKind(lines, line, "body");
    for (const line of [36, 38, 41]) expectKind(lines, line, "boilerplate", "footer");
    expectKind(lines, 40, "boilerplate", "share");
    assertNoBodySentenceRemoved(lines);
  });

  it("004: breadcrumb ending in the headline, comment count, image credit, related link", () => {
    const lines = classifySeed("004");
    expectKind(lines, 1, "boilerplate", "breadcrumb");
    expectKind(lines, 3, "headline");
    expectKind(lines, 5, "boilerplate", "comment-count");
    expectKind(lines, 27, "boilerplate", "image-credit");
    expectKind(lines, 29, "boilerplate", "related");
    for (const [line, classified] of lines) {
      if (line >= 7 && ![27, 29].includes(line)) expectKind(lines, line, "body");
      assert.ok(line <= 5 || [27, 29].includes(line) || classified.kind === "body");
    }
  });

  it("000: no headline, the lede is body, short titles between paragraphs are subheadings", () => {
    const lines = classifySeed("000");
    expectKind(lines, 1, "body");
    for (const line of [13, 19, 25, 37, 45]) expectKind(lines, line, "subheading");
    assert.ok(![...lines.values()].some((line) => line.kind === "headline"));
    for (const [line, classified] of lines) {
      if (![13, 19, 25, 37, 45].includes(line))
        assert.equal(classified.kind, "body", `line ${line}`);
    }
  });

  it("003, first article: headline, agency-credited captions, READ ALSO, body", () => {
    const lines = classifySeed("003", 1, 29);
    expectKind(lines, 1, "headline");
    expectKind(lines, 3, "caption");
    expectKind(lines, 4, "caption");
    expectKind(lines, 15, "boilerplate", "related");
    for (const line of [7, 9, 11, 13, 17, 19, 21, 23, 25, 27, 29]) expectKind(lines, line, "body");
  });

  it("003: decorated subheadings, credit styles, tag lists and short quotes", () => {
    const captions = [
      classifySeed("003", 32, 64),
      classifySeed("003", 67, 99),
      classifySeed("003", 101, 144),
      classifySeed("003", 360, 430),
    ];
    expectKind(captions[0] ?? new Map(), 32, "headline");
    expectKind(captions[0] ?? new Map(), 34, "caption");
    expectKind(captions[0] ?? new Map(), 35, "caption");
    expectKind(captions[0] ?? new Map(), 44, "body");
    expectKind(captions[0] ?? new Map(), 46, "boilerplate", "related");
    expectKind(captions[1] ?? new Map(), 69, "caption");
    expectKind(captions[2] ?? new Map(), 103, "caption");
    expectKind(captions[3] ?? new Map(), 362, "caption");
    const sanctions = classifySeed("003", 146, 196);
    expectKind(sanctions, 148, "caption");
    expectKind(sanctions, 169, "subheading");
    const summit = classifySeed("003", 332, 358);
    expectKind(summit, 332, "headline");
    expectKind(summit, 334, "boilerplate", "tags");
    for (const lines of [...captions, sanctions, summit]) assertNoBodySentenceRemoved(lines);
  });
});

/** A fixture page classified in the language detected for it (which must be `expected`). */
function classifyFixture(name: string, expected: string) {
  const text = readFileSync(join(FIXTURE_DIR, name), "utf8");
  const language = detectLanguage(text);
  assert.equal(language, expected);
  const lines = classifyLines(linesOf(text), { language, stats: seedStats });
  return { lines, kinds: new Map(lines.map((line) => [line.text.trim(), line.kind])) };
}

describe("classifyLines beyond English", () => {
  it("uses the stopwords of the page's language (German fixture)", () => {
    const { lines, kinds } = classifyFixture("de-article.txt", "de");
    assert.equal(kinds.get("Startseite › Politik › Inland"), "boilerplate");
    assert.equal(kinds.get("Bundestag beschließt Mietpreisbremse"), "headline");
    assert.equal(kinds.get("Von Anna Schmidt"), "byline");
    assert.equal(kinds.get("Teilen"), "boilerplate");
    const body = lines.filter((line) => line.kind === "body");
    assert.equal(body.length, 4);
  });
});

describe("classifyLines in Korean", () => {
  it("reads paragraphs whose particles are glued to the words as prose, and finds the headline", () => {
    const { lines, kinds } = classifyFixture("ko-article.txt", "ko");
    assert.equal(kinds.get("전체뉴스"), "boilerplate");
    assert.equal(kinds.get("서울시, 심야 버스 외곽까지 확대"), "headline");
    assert.equal(kinds.get("저작권자 ⓒ 예시신문, 무단전재 및 재배포 금지"), "boilerplate");
    assert.equal(lines.filter((line) => line.kind === "body").length, 4);
  });
});

/** Lines from a list where "" stands for a blank line (dropped, but kept in the numbering). */
function page(texts: readonly string[]): SourceLine[] {
  return texts
    .map((text, index) => ({ line: index + 1, text }))
    .filter((line) => line.text.length > 0);
}

function kindsOf(lines: readonly SourceLine[], language = "en"): Map<string, string> {
  const classified = classifyLines(lines, { language, stats: seedStats });
  return new Map(classified.map((line) => [line.text, line.kind]));
}

const PARAGRAPHS = [
  "The city council voted on Tuesday to extend the night bus service to the outer districts, after months of complaints from shift workers who had no way to get home.",
  "The new routes will start in March and run every thirty minutes between midnight and five in the morning, the transport department said in a statement.",
  "Officials expect the service to cost about two million a year, which will be paid for by a small increase in the price of parking permits in the centre.",
  "Residents who spoke at the meeting welcomed the decision but said that the buses should also stop at the hospital, which employs most of the night workers.",
];

/** A story's headline, byline and date. */
const STORY_HEADER = [
  "Night buses for the outer districts",
  "",
  "By Jane Doe",
  "March 3, 2021",
  "",
];

/** The three paragraphs of a story, each followed by a blank line. */
const STORY_LINES = PARAGRAPHS.flatMap((paragraph) => [paragraph, ""]);

function assertStoryKept(kinds: Map<string, string>): void {
  for (const paragraph of PARAGRAPHS) assert.equal(kinds.get(paragraph), "body");
}

describe("classifyLines on page structure", () => {
  it("takes a caption with AP's '(AP Photo/Name)' credit for a caption, not the headline", () => {
    const caption =
      "Commuters wait for a night bus in the city centre on Tuesday, March 2, 2021. (AP Photo/Evan Vucci)";
    const kinds = kindsOf(page([...STORY_HEADER, caption, "", ...STORY_LINES]));
    assert.equal(kinds.get(caption), "caption");
    assert.equal(kinds.get("Night buses for the outer districts"), "headline");
  });

  it("removes a picture's source line in other languages as an image credit", () => {
    for (const credit of ["Bildquelle: gov.pl", "Crédit photo : AFP", "Fuente de la imagen: EFE"]) {
      const lines = classifyLines(
        page([...STORY_HEADER, PARAGRAPHS[0] ?? "", "", credit, "", ...STORY_LINES.slice(2)]),
        {
          language: "en",
          stats: seedStats,
        },
      );
      const line = lines.find((l) => l.text === credit);
      assert.deepEqual([line?.kind, line?.reason], ["boilerplate", "image-credit"], credit);
    }
  });

  it("takes no list item with a count, captioned picture text or timestamp for the headline", () => {
    const kinds = kindsOf(
      page([
        "Mayor says the river bridge will finally open before the winter comes (129)",
        "Council members quarrel over the cost of the new river bridge project (122)",
        "Crowds gather at the new river bridge on its first morning of traffic [File: Reuters]",
        "PUBLISHED TUE, NOV 19 20197:05 AM ESTUPDATED TUE, NOV 19 20197:16 AM EST",
        ...STORY_HEADER,
        ...STORY_LINES,
      ]),
    );
    assertStoryKept(kinds);
    assert.equal(kinds.get("Night buses for the outer districts"), "headline");
  });

  it("takes the headline printed with its byline and date over a gallery's copy nearer the story", () => {
    const title = "Night buses for the outer districts";
    const byline = "Tom Krisher, Ap Auto Writer";
    const lines = page([
      title,
      "",
      byline,
      "Updated 1:39 am EST, Wednesday, November 20, 2019",
      "",
      "Photo: Damian Dovarganes, AP",
      "",
      title,
      "",
      ...STORY_LINES,
    ]);
    const kinds = classifyLines(lines, { language: "en", stats: seedStats }).map((l) => l.kind);
    assert.deepEqual(kinds.slice(0, 5), [
      "headline",
      "byline",
      "timestamp",
      "caption",
      "boilerplate",
    ]);
  });

  it("takes a long credit without 'By' under the headline for the byline", () => {
    for (const credit of [
      "Jane Doe and Ann Lee, Reuters staff",
      "Mark Smith and Jane Doe, staff writers",
    ]) {
      const header = ["Night buses for the outer districts", "", credit, "March 3, 2021", ""];
      assert.equal(kindsOf(page([...header, ...STORY_LINES])).get(credit), "byline", credit);
    }
    const byline = "Meg Kinnard and Errin Haines, Associated Press";
    const kinds = kindsOf(
      page([
        "Night buses for the outer districts",
        "",
        byline,
        "Updated 12:24 am EST, Wednesday, November 20, 2019",
        "",
        ...STORY_LINES,
      ]),
    );
    assert.equal(kinds.get(byline), "byline");
    // A standfirst that opens with a newsmaker's name and a comma credits no one.
    for (const standfirst of [
      "President Joe Biden, speaking at the White House, said the staff cuts would go ahead.",
      "Coach Gareth Southgate, whose team lost on Sunday, said the desk was not to blame",
      "Gareth Southgate, whose team lost again on Sunday",
      "Joe Biden, under fire from his own staff",
    ]) {
      const header = ["Night buses for the outer districts", "", standfirst, "March 3, 2021", ""];
      const found = kindsOf(page([...header, ...STORY_LINES]));
      assert.notEqual(found.get(standfirst), "byline", standfirst);
    }
  });

  it("keeps headlines that open with a word that can open a credit elsewhere", () => {
    for (const title of [
      "DE GAULLE AIRPORT REOPENS",
      "DI MAIO QUITS AS PARTY LEADER",
      "AF Vote Splits The Council",
      "WORDS BY THE RIVER",
      "De Blasio Unveils Budget For Night Buses",
      "Di Maio quits as party leader",
      "Di Maria Scores Twice As PSG Win",
      "De Leon Wins Primary In Texas",
    ]) {
      const kinds = kindsOf(page([title, "", ...STORY_HEADER.slice(2), ...STORY_LINES]));
      assert.equal(kinds.get(title), "headline", title);
      assert.equal(kinds.get("By Jane Doe"), "byline", title);
    }
  });

  it("keeps the headline over a credit that opens with 'di' and a name", () => {
    for (const credit of ["di Chiara Ferrari"]) {
      const title = "Night buses for the outer districts";
      const kinds = kindsOf(page([title, "", credit, "March 3, 2021", "", ...STORY_LINES]));
      assert.equal(kinds.get(title), "headline", credit);
      assert.equal(kinds.get(credit), "byline", credit);
    }
  });

  it("takes no teaser with its date far above for the headline over the story's own", () => {
    const teaser = "Mayor opens new library in the east";
    const title = "Council keeps night buses for the districts";
    const menu = Array.from({ length: 14 }, (_, i) => `Section ${i + 1}`);
    const kinds = kindsOf(page([teaser, "March 2, 2021", ...menu, "", title, "", ...STORY_LINES]));
    assert.equal(kinds.get(title), "headline");
    assert.notEqual(kinds.get(teaser), "headline");
  });

  it("takes a photographer's credit, reported speech or a date line for no headline", () => {
    const kinds = kindsOf(
      page([
        "Night buses for the outer districts",
        "Anna Moneymaker/The New York Times",
        "“We have to keep the buses running at night for the workers,” the mayor said on Monday",
        "21:17 18.11.2019 Get short URL",
        "Image: Night buses reach the outer districts of the city at last",
        "Tested by: Jane Doe Price: £23.99 More info: www.example.com",
        "",
        "By Jane Doe",
        "March 3, 2021",
        "",
        ...STORY_LINES,
      ]),
    );
    assertStoryKept(kinds);
    assert.equal(kinds.get("Night buses for the outer districts"), "headline");
  });

  it("takes a headline that opens with a number or a quotation", () => {
    for (const headline of [
      "10 things the night buses will change for shift workers",
      "‘We had no way home’: night buses reach the outer districts",
      "[Transport] Night buses reach the outer districts",
    ]) {
      const kinds = kindsOf(
        page(["Home", "", headline, "", ...STORY_HEADER.slice(2), ...STORY_LINES]),
      );
      assert.equal(kinds.get(headline), "headline", headline);
    }
  });

  it("finds a headline that names a month and a number apart, repeats over a gallery, or ends in a full stop above its byline", () => {
    // A gallery of six slides, each under the headline, between it and the story.
    const galleryHeadline = "Night buses reach the outer districts";
    const gallery = [1, 2, 3, 4, 5, 6].flatMap((slide) => [`${slide} / 6`, galleryHeadline]);
    const cases: [string, string[]][] = [
      ["New car sales plunge 10 percent in October", []],
      [galleryHeadline, gallery],
      ["Night Buses Reach the Outer Districts. Why Drivers Are Worried.", []],
    ];
    for (const [headline, below] of cases) {
      const lines = page([
        "Home",
        "",
        headline,
        ...STORY_HEADER.slice(1),
        ...below,
        "",
        ...STORY_LINES,
      ]);
      const classified = classifyLines(lines, { language: "en", stats: seedStats });
      const kinds = classified.filter((line) => line.text === headline).map((line) => line.kind);
      assert.ok(kinds.includes("headline"), `${headline}: ${kinds.join(", ")}`);
      assertStoryKept(new Map(classified.map((line) => [line.text, line.kind])));
    }
    // Not a caption in Title Case with its full stop, away from the byline.
    const caption = "President Trump at the Economic Club of New York Last Week.";
    const kinds = kindsOf(page(["Home", "", caption, "", ...STORY_LINES]));
    assert.notEqual(kinds.get(caption), "headline");
  });

  it("finds a headline far above the story when its byline follows, and no interface text or bare byline", () => {
    const headline = "‘We had some issues,’ exec says on night bus glitches";
    const shareBar = [
      "Facebook",
      "Twitter",
      "Show more sharing options",
      "Share Close extra sharing options",
    ];
    const kinds = kindsOf(
      page([
        "Home",
        "",
        headline,
        "The council said demand was higher than expected for the new night routes.",
        "Robert Burns, AP National Security Writer",
        "By Jane Doe",
        "March 3, 2021",
        ...shareBar,
        ...shareBar,
        "These are external links and will open in a new window",
        "Copy Link",
        "Print",
        "",
        ...STORY_LINES,
      ]),
    );
    assert.equal(kinds.get(headline), "headline");
    assertStoryKept(kinds);
  });

  it("keeps ordinary headlines that resemble credits, bylines, controls or timestamps", () => {
    for (const headline of [
      "Obama says goodbye, thanks White House staff",
      "Premier League | Arsenal beat Chelsea 2-1 at the Emirates",
      "Joe Biden/Kamala Harris ticket leads in new poll",
      "Apple brings Tap to Pay to iPhones in Britain",
      "Share prices fall as markets react to the vote",
      "Video: Watch the moment a whale leaps out of the sea",
      "9/11 Memorial opens new exhibit on first responders",
      "3.5 Million Americans lose jobless benefits",
      "24/7 news channels cut staff as ratings fall",
      "Review: Star Wars: The Rise of Skywalker: A Fitting End",
      "‘We had some issues,’ exec says on night bus glitches",
    ]) {
      const kinds = kindsOf(
        page(["Home", "", headline, "", ...STORY_HEADER.slice(2), ...STORY_LINES]),
      );
      assert.equal(kinds.get(headline), "headline", headline);
    }
    // Reading time is no headline; neither is a German standfirst, though its nouns are capitalised.
    const timed = kindsOf(
      page([
        "Home",
        "",
        "Night buses for the outer districts",
        "5 min read",
        ...STORY_HEADER.slice(2),
        ...STORY_LINES,
      ]),
    );
    assert.equal(timed.get("Night buses for the outer districts"), "headline");
    const standfirst = "Die Bundesregierung hat am Dienstag neue Regeln für Mieter beschlossen.";
    const german = kindsOf(
      page([
        "Startseite",
        "",
        "Mietpreisbremse wird verschärft",
        "",
        standfirst,
        "",
        "Von Anna Schmidt",
        "",
        ...STORY_LINES,
      ]),
      "de",
    );
    assert.equal(german.get("Mietpreisbremse wird verschärft"), "headline");
  });

  it("reads a byline ending in a time's 'a.m.', or a Russian 'Текст:' credit, as a byline", () => {
    const byline = "By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.";
    const kinds = kindsOf(
      page(["Home", "", "Night buses for the outer districts", byline, "", ...STORY_LINES]),
    );
    assert.equal(kinds.get(byline), "byline");
    assert.equal(kinds.get("Night buses for the outer districts"), "headline");
    // So is a Russian page's credit of the text.
    const credit = "Текст: Венера Ерофеева·24 сентября 2018";
    const headline = "Ночные автобусы выйдут на новые маршруты";
    const russian = kindsOf(page(["Главная", "", headline, credit, "", ...STORY_LINES]), "ru");
    assert.equal(russian.get(credit), "byline");
  });

  it("reads authors listed with commas, and 'Written by' or 'Analysis by' credits, as bylines", () => {
    const credits = [
      "By Stefan Becket, Kathryn Watson, Grace Segers",
      "written by Regan",
      "Analysis by Chris Cillizza, CNN Editor-at-large",
    ];
    for (const credit of credits) {
      const kinds = kindsOf(
        page(["Home", "", "Night buses for the outer districts", credit, "", ...STORY_LINES]),
      );
      assert.equal(kinds.get(credit), "byline", credit);
    }
  });

  it("takes a name alone in the header for the byline when the author's bio below opens with it", () => {
    // Above the headline, among the menu, where a name alone is no byline by its place.
    const header = [
      "Home",
      "Louise Matsakis",
      "Transport",
      "",
      "Night buses for the outer districts",
      "",
    ];
    const bio = "Louise Matsakis is a staff writer at WIRED covering transport and cities.";
    const kinds = kindsOf(page([...header, ...STORY_LINES, "", bio]));
    assert.equal(kinds.get("Louise Matsakis"), "byline");
    // Without the bio, or with another author's, a name alone is no credit.
    const alone = kindsOf(page([...header, ...STORY_LINES]));
    assert.notEqual(alone.get("Louise Matsakis"), "byline");
    const other = kindsOf(
      page([...header, ...STORY_LINES, "", bio.replace("Louise Matsakis", "Jane Doe")]),
    );
    assert.notEqual(other.get("Louise Matsakis"), "byline");
  });

  it("takes a byline or date under a heading of other stories below the story for theirs", () => {
    const teaser = "Written by Paul Smith on November 20, 2019";
    const kinds = kindsOf(
      page([
        "Home",
        "",
        "Night buses for the outer districts",
        "",
        ...STORY_LINES,
        "More from Business",
        teaser,
        "Bus fares to rise in spring",
      ]),
    );
    assert.notEqual(kinds.get(teaser), "byline");
    assert.notEqual(kinds.get(teaser), "timestamp");
  });

  it("takes a two-word headline right above its date, but no two-word line elsewhere", () => {
    const kinds = kindsOf(
      page(["Home", "Column", "", "About bugs", "August 13, 2018", "", ...STORY_LINES]),
    );
    assert.equal(kinds.get("About bugs"), "headline");
    const section = kindsOf(page(["Home", "", "World news", "", ...STORY_LINES]));
    assert.notEqual(section.get("World news"), "headline");
  });

  it("takes the dates in a list of other stories for theirs, not the story's", () => {
    const kinds = kindsOf(
      page([
        "Most Read",
        "",
        "Former mayor charged with fraud over city contracts",
        "Jan 5, 2020",
        "",
        "Storm knocks out power across the county",
        "Jan 4, 2020",
        "",
        ..."ABCDEFGHIJKL".split(""),
        "",
        "Night buses for the outer districts",
        "",
        ...STORY_LINES,
      ]),
    );
    for (const stamp of ["Jan 5, 2020", "Jan 4, 2020"])
      assert.equal(kinds.get(stamp), "boilerplate", stamp);
    assert.equal(kinds.get("Night buses for the outer districts"), "headline");
  });

  it("takes no sentence opening 'By' a time, no Russian 'Текст' without its colon, no name over a date for a byline or headline", () => {
    const sentence = "By Nov. 5, 2020, polls in every state will close by 9 p.m.";
    const kinds = kindsOf(
      page([...STORY_HEADER, STORY_LINES[0] ?? "", "", sentence, "", ...STORY_LINES.slice(2)]),
    );
    assert.notEqual(kinds.get(sentence), "byline");
    const link = "Текст Соглашения от 12 марта 2014 года";
    const russian = kindsOf(
      page(["Ночные автобусы выйдут на новые маршруты", link, "", ...STORY_LINES]),
      "ru",
    );
    assert.notEqual(russian.get(link), "byline");
    for (const name of ["Jane Doe", "World News"]) {
      const named = kindsOf(
        page([
          "Home",
          "",
          "Council Approves New Budget",
          name,
          "November 19, 2019",
          "",
          ...STORY_LINES,
        ]),
      );
      assert.equal(named.get("Council Approves New Budget"), "headline", name);
    }
  });

  it("takes a byline below the comments' heading for a commenter's", () => {
    const kinds = kindsOf(
      page([
        ...STORY_HEADER,
        ...STORY_LINES,
        "3 Comments",
        "",
        "By Mike Smith on November 25, 2019 at 3:04 pm",
        "I have been waiting for this for years, and I think it is a very good decision for the city.",
      ]),
    );
    assert.equal(kinds.get("By Mike Smith on November 25, 2019 at 3:04 pm"), "boilerplate");
  });

  it("prefers the line above the byline to a wordier link to another story above it", () => {
    const related = "Council members quarrel over the river bridge costs";
    const kinds = kindsOf(page(["Home", "", related, "", ...STORY_HEADER, ...STORY_LINES]));
    assert.equal(kinds.get("Night buses for the outer districts"), "headline");
    assert.notEqual(kinds.get(related), "headline");
  });

  it("ends the article where a comment section opens", () => {
    const comment =
      "I have been waiting for this for years and I think that it is a very good decision for all of the people who work at night in this city.";
    const kinds = kindsOf(
      page([
        ...STORY_HEADER,
        ...STORY_LINES,
        "12 Comments",
        "",
        "Mark",
        "March 3, 2021 at 9:14 am",
        comment,
        "",
        "Anna",
        "March 3, 2021 at 10:02 am",
        `${comment} I agree with it.`,
        "",
        "Paul",
        "March 4, 2021 at 8:55 am",
        `${comment} Well done.`,
      ]),
    );
    assertStoryKept(kinds);
    assert.equal(kinds.get("Night buses for the outer districts"), "headline");
    assert.equal(kinds.get("By Jane Doe"), "byline");
    assert.notEqual(kinds.get(comment), "body");
    assert.notEqual(kinds.get(`${comment} Well done.`), "body");
    // The comments' stamps are no date of the story.
    for (const stamp of ["March 3, 2021 at 9:14 am", "March 4, 2021 at 8:55 am"])
      assert.equal(kinds.get(stamp), "boilerplate", stamp);
  });

  it("drops the author's bio that follows the story", () => {
    const bio = "Jane Doe is a transport reporter who has covered the city council for ten years.";
    const kinds = kindsOf(page([...STORY_HEADER, ...STORY_LINES, bio]));
    assertStoryKept(kinds);
    assert.equal(kinds.get(bio), "boilerplate");
  });

  it("knows the author's bio by the name of a byline that any opening words introduce", () => {
    const bio = "Jane Doe covers the city council and transport for the paper since 2012.";
    for (const byline of ["Written by Jane Doe", "WRITTEN BY JANE DOE", "di Jane Doe"]) {
      const header = STORY_HEADER.map((line) => (line === "By Jane Doe" ? byline : line));
      const kinds = kindsOf(page([...header, ...STORY_LINES, bio]));
      assert.equal(kinds.get(byline), "byline", byline);
      assert.equal(kinds.get(bio), "boilerplate", byline);
    }
  });

  it("keeps a list that a sentence ending in a colon introduces", () => {
    const dates = [
      "June 9 -- Coral Sky Amphitheatre",
      "June 10 -- Credit Union Amphitheatre",
      "June 14 -- Bank Arena",
    ];
    const kinds = kindsOf(page([...STORY_LINES, "The band will play on these dates:", ...dates]));
    for (const date of dates) assert.equal(kinds.get(date), "body", date);
  });

  it("drops menus, advertisement labels and share bars", () => {
    const kinds = kindsOf(
      page([
        "Home",
        "World",
        "Business",
        "Sport",
        "",
        ...PARAGRAPHS.flatMap((paragraph) => [paragraph, "", "Advertisement", ""]),
        "Share",
        "Facebook",
        "Twitter",
      ]),
    );
    assert.equal(kinds.get("Home"), "boilerplate");
    assert.equal(kinds.get("Advertisement"), "boilerplate");
    assert.equal(kinds.get("Twitter"), "boilerplate");
    assertStoryKept(kinds);
  });
});

describe("classifyLines at the end of a story", () => {
  it("keeps a schedule of dated lines as a list, not as datelines", () => {
    const stops = [
      "June 9 – Central Station @ Platform 4",
      "June 10 – Riverside @ Bus Garage",
      "June 14 – Hospital @ Main Gate",
      "June 17 – Airport @ Terminal 2",
    ];
    const kinds = kindsOf(
      page([...STORY_HEADER, ...STORY_LINES, "Night bus timetable", ...stops, "", "Share"]),
    );
    assert.equal(kinds.get("March 3, 2021"), "timestamp");
    assert.equal(kinds.get("Night bus timetable"), "subheading");
    for (const stop of stops) assert.equal(kinds.get(stop), "body", stop);
  });

  it("ends the story at the author's bio, even without a byline to match it", () => {
    const bio = "Dallas Robinson is a freelance writer living in Minneapolis";
    const teasers = ["Parking fees rise", "New park opens", "Library hours cut"].flatMap(
      (topic) => [
        `${topic}: what it means for you`,
        "",
        `${topic} is the latest in a long series of changes to the way the city is run. Our reporters, who have followed the council since the beginning of the year, explain what it means for the people who live here and what comes next.`,
        "",
      ],
    );
    const kinds = kindsOf(page([...STORY_LINES, bio, "", ...teasers]));
    assertStoryKept(kinds);
    assert.equal(kinds.get(bio), "boilerplate");
    for (const teaser of teasers.filter((line) => line.length > 0)) {
      assert.equal(kinds.get(teaser), "boilerplate", teaser);
    }
  });

  it("keeps a list that closes the story, up to the author's bio", () => {
    const teams = [
      "England (Group A): 10th appearance",
      "Spain (Group F): 11th appearance",
      "Wales (Group E): Second appearance",
    ];
    const bio =
      "Jane Doe is a transport reporter who has covered the city council for ten years and lives in Leeds with her family.";
    const kinds = kindsOf(page([...STORY_LINES, "Qualified teams", ...teams, "", bio]));
    for (const team of teams) assert.notEqual(kinds.get(team), "boilerplate", team);
    assert.equal(kinds.get(bio), "boilerplate");
  });

  it("ends the story at a heading that only follows stories, and crosses a box of links inside it", () => {
    const others = [
      "Parking fees in the centre will rise by a fifth next year, the council said, to pay for the repair of the bridges that carry the ring road over the river.",
      "The library on the high street will close on Sundays from January, after the council cut its budget for the third year in a row, to the dismay of its readers.",
    ];
    const links = [
      "Prince Andrew: universities abandon ties with duke",
      "EuroMillions: UK ticket holder wins jackpot prize",
    ];
    const [first, second, ...rest] = PARAGRAPHS;
    const kinds = kindsOf(
      page([
        first ?? "",
        "",
        second ?? "",
        "",
        "More from UK",
        ...links,
        "",
        ...rest.flatMap((paragraph) => [paragraph, ""]),
        "Você pode gostar...",
        "",
        ...others.flatMap((paragraph) => [paragraph, ""]),
      ]),
    );
    assertStoryKept(kinds);
    for (const line of ["More from UK", ...links, "Você pode gostar...", ...others]) {
      assert.equal(kinds.get(line), "boilerplate", line);
    }
  });

  it("drops a legal notice written as a paragraph", () => {
    const notice =
      "© 2019 Example Media, LLC. All rights reserved. Example Media is the owner of the Example trademarks, service marks and trade dress, and all related logos, product names and program names, which may not be used without permission.";
    const kinds = kindsOf(page([...STORY_LINES, notice]));
    assertStoryKept(kinds);
    assert.equal(kinds.get(notice), "boilerplate");
  });

  it("stops at the heading of links to other stories", () => {
    const links = [
      "A clever new solar solution to one of the trickiest climate problems",
      "How Apollo moon rocks reveal the epic history of the cosmos",
    ];
    const kinds = kindsOf(
      page([
        ...STORY_LINES,
        "Next Up In Science",
        ...links,
        "",
        "Residents of the outer districts welcomed the decision but said that the buses should also stop at the hospital.",
      ]),
    );
    assertStoryKept(kinds);
    assert.equal(kinds.get("Next Up In Science"), "boilerplate");
    for (const link of links) assert.equal(kinds.get(link), "boilerplate", link);
  });
});

describe("classifyLines with reprinted stories", () => {
  it("keeps the subheadings of a story that several files reprint, and drops their shared chrome", () => {
    const story = seedTexts.get("000") ?? "";
    const outlets = ["The Morning Desk", "Evening Courier", "Weekly Ledger"];
    const files = outlets.map((outlet) => `${outlet}\nMost Read Today\n\n${story}`);
    const stats = collectCorpusStats(files.map((text) => text.split(/\r?\n/u)));
    const classified = classifyLines(linesOf(files[0] ?? ""), { language: "en", stats });
    const kinds = new Map(classified.map((line) => [line.text.trim(), line.kind]));
    for (const subheading of ["EU denounces curbs", "'Open dialogue'", "'Diplomatic war'"]) {
      assert.equal(kinds.get(subheading), "subheading", subheading);
    }
    assert.equal(kinds.get("Most Read Today"), "boilerplate");
  });
});

describe("classifyLines without blank lines", () => {
  it("still finds the article when a file runs its paragraphs together", () => {
    const text = seedTexts.get("002") ?? "";
    const lines = text
      .split(/\r?\n/u)
      .filter((line) => line.trim().length > 0)
      .map((lineText, index) => ({ line: index + 1, text: lineText }));
    const kinds = new Map(
      classifyLines(lines, { language: "en", stats: seedStats }).map((line) => [
        line.text.trim(),
        line.kind,
      ]),
    );
    assert.equal(
      kinds.get("Putin urges Belarus authorities, opposition to find way out of crisis"),
      "headline",
    );
    assert.equal(kinds.get("Russia puts police force on alert"), "subheading");
    assert.equal(kinds.get("SHARE THIS ARTICLE"), "boilerplate");
    assert.equal(kinds.get("www.presstv.ir"), "boilerplate");
    const body = [...kinds.values()].filter((kind) => kind === "body");
    assert.equal(body.length, 13);
  });
});

it("a byline carrying a long timestamp is a byline, not the headline", () => {
  const lines = [
    "Water Vapor Found On Europa",
    "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM",
    "HONOLULU, Hawaii (HawaiiNewsNow) - NASA scientists using a telescope atop Mauna Kea have confirmed the presence of water vapor on the surface of Europa, one of Jupiter's moons.",
    "The find almost certainly means the moon has liquid water, an essential ingredient for life, the scientists said in their report.",
  ].map((text, i) => ({ line: i * 2 + 1, text }));
  const kinds = classifyLines(lines, {
    language: "en",
    stats: { fileCount: 1, lineFileCounts: new Map() },
  }).map((l) => l.kind);
  assert.deepEqual(kinds.slice(0, 2), ["headline", "byline"]);
});
