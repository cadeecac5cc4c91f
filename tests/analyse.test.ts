import assert from "node:assert/strict";
import { test } from "node:test";
import { analyseFile, corpusStatsOf } from "../src/analyse.ts";
import { decode } from "../src/decode.ts";

const STORY = [
  "Council votes to keep the night buses running",
  "By Jane Doe",
  "The city council voted on Tuesday to keep the night bus routes running for another year, after a petition signed by thousands of shift workers.",
  "Officials had proposed cutting four of the seven routes to save money, but the vote was not close in the end, with only two members against.",
  "The transport department said it would now look for savings elsewhere in its budget, and that fares would not rise before next spring.",
];
const TEASERS = [
  "Engineers say the old bridge over the river needs new cables within five years, and the cost is still unknown.",
  "A new library opened in the east of the city this week, with a reading room that stays open until midnight.",
  "The football club has signed a young striker from the second division, its third new player of the summer.",
];

function analyse(text: string) {
  const result = decode("page.txt", new TextEncoder().encode(text));
  assert.ok(result.ok);
  return analyseFile(result.decoded, corpusStatsOf([result.decoded]));
}

test("a piece cut off under the story that opens with the author's bio is no article", () => {
  const footer = [
    "Privacy Policy, Terms of Use",
    "About Jane Doe",
    "Jane Doe is a freelance writer based in Toronto. Her work has appeared in a number of magazines and newspapers.",
    ...TEASERS,
  ];
  const page = `${STORY.join("\n\n")}\n\n\n${footer.join("\n\n")}\n`;
  const analysis = analyse(page);
  assert.deepEqual(
    analysis.articles.map((a) => a.headline),
    ["Council votes to keep the night buses running"],
  );
  const bio = analysis.removed.find((r) => r.text.startsWith("Jane Doe is a freelance writer"));
  assert.equal(bio?.reason, "not-an-article");
  assert.ok(analysis.warnings.some((w) => w.includes("an author's bio and page footer")));
  // The bio as the piece's first line, teasers with headlines of their own below it.
  const teasers = TEASERS.flatMap((teaser, i) => [
    `‘Why not?’ Teaser number ${i + 1} asks about the plans of the council`,
    teaser,
  ]);
  const cut = analyse(
    `${STORY.join("\n\n")}\n\n\nJane Doe is a freelance writer living in Minneapolis\n\n${teasers.join("\n\n")}\n`,
  );
  assert.equal(cut.articles.length, 1);
});

test("a story whose headline or lede has a bio's shape stays a story", () => {
  const lede =
    "Maria Lopez is a journalist who was detained at the border on Monday, her newspaper said, and has not been allowed to call a lawyer.";
  const story = analyse([STORY[0], lede, ...STORY.slice(2)].join("\n\n"));
  assert.equal(story.articles.length, 1);
  assert.ok(story.articles[0]?.body.startsWith("Maria Lopez is a journalist"));
  // A second article headed like a bio, by someone other than the first story's author.
  const second = ["Jimmy Fallon is the new host of The Tonight Show", "By John Roe", ...TEASERS];
  const page = analyse(`${STORY.join("\n\n")}\n\n\n${second.join("\n\n")}\n`);
  assert.deepEqual(
    page.articles.map((article) => article.headline),
    [
      "Council votes to keep the night buses running",
      "Jimmy Fallon is the new host of The Tonight Show",
    ],
  );
});

test("a photo caption's people and places are the article's; its '(FILES)' label names nothing", () => {
  const [title, byline, ...paragraphs] = STORY;
  const caption =
    "(FILES) In this file photo, Mayor Ann Lee speaks at the depot in Riverton on March 3, 2021. (Photo by Jo Bloggs / AFP)";
  const [article] = analyse([title, byline, "", caption, "", ...paragraphs].join("\n\n")).articles;
  assert.equal(article?.captions.length, 1);
  assert.ok(article?.entities.people.includes("Ann Lee"));
  assert.ok(!article?.entities.organizations.includes("FILES"));
  assert.ok(!article?.entities.people.includes("Jo Bloggs"));
});
