import assert from "node:assert/strict";
import { test } from "node:test";
import { captionWords, extract, splitCaptionCredit, titleFromLede } from "../src/extract.ts";
import type { ClassifiedLine, LineKind } from "../src/types.ts";

const lines = (...items: [LineKind, string][]): ClassifiedLine[] =>
  items.map(([kind, text], i) => ({ line: i + 1, kind, text }));

test("caption credits are split from the caption text", () => {
  assert.deepEqual(splitCaptionCredit("Lukashenko and Putin Photograph:(Reuters)"), {
    text: "Lukashenko and Putin",
    credit: "Reuters",
  });
  assert.deepEqual(splitCaptionCredit("Putin in Tver on June 30, 2020. (Photo by AFP)"), {
    text: "Putin in Tver on June 30, 2020.",
    credit: "AFP",
  });
  assert.deepEqual(
    splitCaptionCredit(
      "Putin chairs a meeting, on February 11, 2022. Alexey NIKOLSKY / Sputnik / AFP",
    ),
    {
      text: "Putin chairs a meeting, on February 11, 2022.",
      credit: "Alexey NIKOLSKY / Sputnik / AFP",
    },
  );
  assert.deepEqual(splitCaptionCredit("A plain caption"), {
    text: "A plain caption",
    credit: null,
  });
});

test("a caption printed twice is one caption; a file-photo flag on either copy counts", () => {
  const base =
    "Russian President Vladimir Putin chairs a meeting at the residence, on February 11, 2022. Alexey NIKOLSKY / AFP";
  const article = extract(
    lines(
      ["headline", "Title"],
      ["caption", base],
      ["caption", `In this file photo, ${base}`],
      ["body", "Body."],
    ),
  );
  assert.equal(article.captions.length, 1);
  assert.equal(article.captions[0]?.file_photo, true);
  assert.match(article.captions[0]?.text ?? "", /^In this file photo/);
  assert.deepEqual(article.removed, [{ line: 2, reason: "duplicate-caption" }]);
});

test("AP's 'FILE - ' and AFP's '(FILES)' flag a file photo, and are no part of its names", () => {
  for (const text of [
    "FILE - Police officers stand guard in Minsk, on May 3, 2019. (AP Photo/Jo Bloggs)",
    "(FILES) Police officers stand guard in Minsk, on May 3, 2019. Jo BLOGGS / AFP",
  ]) {
    const [caption] = extract(
      lines(["headline", "Title"], ["caption", text], ["body", "Body."]),
    ).captions;
    assert.equal(caption?.file_photo, true, text);
    assert.ok(caption && !/FILE/u.test(captionWords(caption)), text);
  }
  // "file" inside a sentence is no label.
  const [plain] = extract(
    lines(
      ["headline", "Title"],
      ["caption", "Officers file out of the FILE - room."],
      ["body", "B."],
    ),
  ).captions;
  assert.equal(plain?.file_photo, false);
});

test("dateline, byline team and footers give place, date statement, byline and source", () => {
  const article = extract(
    lines(
      ["headline", "Russian President Putin vows support"],
      ["byline", "WION Web Team"],
      ["dateline", "Moscow, RussiaUpdated: Aug 28, 2020, 07:51 AM IST"],
      ["body", "Russian President Vladimir Putin vowed military support."],
    ),
  );
  assert.equal(article.byline, "WION Web Team");
  assert.equal(article.source, "WION");
  assert.equal(article.place, "Moscow, Russia");
  assert.deepEqual(article.dateStatements, [
    "WION Web Team",
    "Updated: Aug 28, 2020, 07:51 AM IST",
  ]);
  // What stands before "Updated" and is no place may be the date itself.
  const stamped = extract(
    lines(
      ["headline", "Putin vows support"],
      ["timestamp", "November 19, 2019 / 12:21 AM / Updated 14 hours ago"],
      ["body", "Text."],
    ),
  );
  assert.deepEqual(stamped.dateStatements, ["November 19, 2019 / 12:21 AM / Updated 14 hours ago"]);
  assert.equal(stamped.place, null);
  const footer = extract(
    lines(
      ["body", "Text."],
      [
        "boilerplate",
        "Press TV’s website can also be accessed at the following alternate addresses:",
      ],
    ),
  );
  assert.equal(footer.source, "Press TV");
});

test("a leading date marker is a date statement and leaves the lede", () => {
  const article = extract(
    lines(["body", "date 2020-08-27 Russian President Vladimir Putin has vowed support."]),
  );
  assert.deepEqual(article.dateStatements, ["2020-08-27"]);
  assert.equal(article.blocks[0]?.text, "Russian President Vladimir Putin has vowed support.");
});

test("subheading decorations are stripped; repeated paragraphs and boilerplate are removed with reasons", () => {
  const article = extract(
    lines(
      ["body", "First."],
      ["subheading", "– ‘Sanction Lukashenko’ –"],
      ["body", "First."],
      ["boilerplate", "SHARE"],
    ),
  );
  assert.deepEqual(
    article.blocks.map((b) => [b.kind, b.text]),
    [
      ["paragraph", "First."],
      ["subheading", "‘Sanction Lukashenko’"],
    ],
  );
  assert.deepEqual(
    article.removed.map((r) => r.reason),
    ["duplicate-paragraph", "boilerplate"],
  );
});

test("a title from the lede is its first sentence, shortened when long", () => {
  assert.equal(
    titleFromLede([{ kind: "paragraph", text: "Short lede here. More text.", line: 1 }]),
    "Short lede here",
  );
  const long =
    "Russian President Vladimir Putin has vowed military support for embattled Belarusian leader Alexander Lukashenko, while urging calm.";
  assert.equal(
    titleFromLede([{ kind: "paragraph", text: long, line: 1 }]),
    "Russian President Vladimir Putin has vowed military support for embattled Belarusian leader…",
  );
});

test("a date glued to a byline leaves the byline and states the date, as a timestamp line does", () => {
  const article = extract(
    lines(
      ["byline", "By Chaim Gartenberg Nov 19, 2019, 7:53pm EST"],
      ["boilerplate", "November 19, 2019 | 4:20am"],
      ["body", "Text."],
      ["boilerplate", "© 2019 Example"],
    ),
  );
  assert.equal(article.byline, "Chaim Gartenberg");
  assert.deepEqual(article.dateStatements, ["By Chaim Gartenberg Nov 19, 2019, 7:53pm EST"]);
  // Russian pages credit the text ("Текст:") and put the date after a middle dot.
  const russian = extract(
    lines(["byline", "Текст: Венера Ерофеева·24 сентября 2018"], ["body", "Текст статьи."]),
  );
  assert.equal(russian.byline, "Венера Ерофеева");
  // Below the first paragraph a byline's date is weaker evidence, like any stamp there.
  const below = extract(
    lines(["body", "Text."], ["byline", "By Mike Smith on November 25, 2019 at 3:04 pm"]),
  );
  assert.deepEqual(below.dateStatements, []);
  assert.deepEqual(below.laterDateStatements, ["By Mike Smith on November 25, 2019 at 3:04 pm"]);
  assert.deepEqual(russian.dateStatements, ["Текст: Венера Ерофеева·24 сентября 2018"]);
  assert.deepEqual(article.headerDateStatements, ["November 19, 2019 | 4:20am"]);
});

test("a header line above the headline is a masthead's; a related line is no date statement", () => {
  const article = extract(
    lines(
      ["boilerplate", "Jan 5, 2020"],
      ["headline", "Night buses for the outer districts"],
      ["body", "Text."],
    ),
  );
  // Above the headline it is a masthead's, the weakest kind.
  assert.deepEqual(article.mastheadDateStatements, ["Jan 5, 2020"]);
  assert.deepEqual(article.headerDateStatements, []);
  const related: ClassifiedLine = {
    line: 1,
    text: "Jan 5, 2020",
    kind: "boilerplate",
    reason: "related",
  };
  const listed = extract([related, ...lines(["body", "Text."]).map((l) => ({ ...l, line: 2 }))]);
  assert.deepEqual(listed.headerDateStatements, []);
  assert.deepEqual(listed.mastheadDateStatements, []);
});

test("a byline that does not read as names is not shown as one, and is reported removed", () => {
  for (const text of ["EMAIL ME", "X Share via", "Highlights", "www.example.com"]) {
    const article = extract(lines(["byline", text], ["body", "Text."]));
    assert.equal(article.byline, null, text);
    assert.deepEqual(article.removed, [{ line: 1, reason: "boilerplate" }]);
  }
  assert.equal(extract(lines(["byline", "By Jeff Foust"])).byline, "Jeff Foust");
});

test("a byline must read as person names or a credit; site chrome in the header is not one", () => {
  for (const text of ["Início", "LinkNaija", "Getty Images", "The Impeachment Clock", "WEED"]) {
    assert.equal(extract(lines(["byline", text], ["body", "Text."])).byline, null, text);
  }
  const kept: Array<[string, string]> = [
    ["Debbie White", "Debbie White"],
    ["Maria da Silva", "Maria da Silva"],
    ["Lia Eustachewich and Yaron Steinbuch", "Lia Eustachewich and Yaron Steinbuch"],
    ["Tanza Loudenback, Business Insider", "Tanza Loudenback"],
    ["Staff Reports", "Staff Reports"],
    ["REUTERS", "REUTERS"],
    ["Von Anna Schmidt", "Anna Schmidt"],
    ["By Chaim Gartenberg@cgartenberg", "Chaim Gartenberg"],
    ["By Rahul", "Rahul"],
  ];
  for (const [text, byline] of kept) {
    assert.equal(extract(lines(["byline", text], ["body", "Text."])).byline, byline, text);
  }
});

test("a wire dateline opening the lede is the place and leaves the lede", () => {
  const lede = (text: string) => extract(lines(["body", text]));
  const hanoi = lede(
    "HANOI, Vietnam (AP) — Vietnam's government said on Tuesday it approved the plan.",
  );
  assert.equal(hanoi.place, "Hanoi, Vietnam");
  assert.equal(hanoi.blocks[0]?.text, "Vietnam's government said on Tuesday it approved the plan.");
  assert.equal(lede("LONDON (Reuters) - Lawmakers voted on Tuesday.").place, "London");
  assert.equal(lede("NEW DELHI, News Nation Bureau — The court ruled.").place, "New Delhi");
  // Not a dateline: an acronym before a dash and a lowercase clause, or a dash inside a sentence.
  assert.equal(lede("NATO — the alliance said on Monday it would meet.").place, null);
  assert.equal(lede("The minister said on Monday — in a speech — that talks go on.").place, null);
});

test("a copyright or team line names its publisher without the rights phrase, and no phrase names none", () => {
  const source = (text: string) => extract(lines(["boilerplate", text])).source;
  assert.equal(source("© Telegraph Media Group Limited 2019"), "Telegraph Media Group Limited");
  assert.equal(source("© AUTORACING. Todos os direitos reservados"), "AUTORACING");
  assert.equal(source("© The Republic unless otherwise noted"), "The Republic");
  assert.equal(source("© —2019. PAN Media"), "PAN Media");
  assert.equal(source("© by Snopes Media Group Inc"), "Snopes Media Group Inc");
  for (const none of ["About the Newsroom", "Our Staff", "© All rights reserved | Terms"])
    assert.equal(source(none), null, none);
});

test("the article's byline says 'By' rather than only looking like names, and sits under the headline", () => {
  const photoCredit = extract(
    lines(
      ["byline", "Anna Moneymaker"],
      ["headline", "Trade talks stall"],
      ["byline", "By Ana Swanson"],
    ),
  );
  assert.equal(photoCredit.byline, "Ana Swanson");
  const menu = extract(
    lines(
      ["byline", "By Any Means Necessary"],
      ["headline", "Royal Self-Indicting Arrogance"],
      ["timestamp", "21:17 18.11.2019 by Finian Cunningham"],
      ["body", "Text."],
    ),
  );
  assert.equal(menu.byline, "Finian Cunningham");
  const first = extract(
    lines(["headline", "A title"], ["byline", "Jane Doe"], ["byline", "John Roe"]),
  );
  assert.equal(first.byline, "Jane Doe");
});

test("a credit near the top beats one further down, and one under the headline one above it", () => {
  const teaser = extract(
    lines(
      ["headline", "A title"],
      ["byline", "John Doe"],
      ["body", "First paragraph."],
      ["body", "Second paragraph."],
      ["byline", "By Jane Roe"],
    ),
  );
  assert.equal(teaser.byline, "John Doe");
  const menu = extract(
    lines(
      ["byline", "By Any Means Necessary"],
      ["headline", "A title"],
      ["byline", "Ana Swanson"],
      ["body", "Text."],
    ),
  );
  assert.equal(menu.byline, "Ana Swanson");
  // A standfirst taken for a paragraph may stand between the headline and the byline.
  const dek = extract(
    lines(
      ["byline", "By Any Means Necessary"],
      ["headline", "A title"],
      ["body", "A standfirst read as the first paragraph."],
      ["byline", "By Ana Swanson"],
      ["body", "Text."],
    ),
  );
  assert.equal(dek.byline, "Ana Swanson");
  // But a name under the headline beats a "By" line after the first paragraph.
  const section = extract(
    lines(
      ["headline", "A title"],
      ["byline", "John Doe"],
      ["body", "The lede."],
      ["byline", "By Jane Roe"],
      ["body", "Text."],
    ),
  );
  assert.equal(section.byline, "John Doe");
});
