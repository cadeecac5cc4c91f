import assert from "node:assert/strict";
import { test } from "node:test";
import { words } from "../src/cluster.ts";
import { NO_CORRECTIONS } from "../src/corrections.ts";
import { decode } from "../src/decode.ts";
import { articleId, articleSlug, storyId } from "../src/identity.ts";
import { buildArchive, separateCollidingPaths } from "../src/pipeline.ts";
import type { ArticleEntry, DecodedFile } from "../src/types.ts";
import { COLLIDING_COPIES, nearIdenticalFile, nearIdenticalText } from "./near-identical.ts";

test("ids depend on the words only, not on punctuation, case or line breaks", () => {
  assert.equal(
    articleId(words("Putin said: “yes”.\n\nThen he left.")),
    articleId(words("putin said yes then he left")),
  );
  assert.notEqual(articleId(words("Putin said yes")), articleId(words("Putin said no")));
  assert.match(articleId(words("x")), /^[0-9a-f]{12}$/);
});

test("slugs are ASCII, path-safe and unique per id, whatever the title", () => {
  for (const title of [
    "../../etc/passwd",
    "CON",
    "Путин поддержал Лукашенко",
    "中文标题",
    "{{ 7*7 }}",
    "",
    "a/b\\c",
  ]) {
    const slug = articleSlug(title, "0123456789ab");
    assert.match(slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, title);
    assert.ok(slug.endsWith("-012345"));
  }
  assert.equal(
    articleSlug("Путин поддержал Лукашенко", "0123456789ab"),
    "putin-podderzhal-lukashenko-012345",
  );
  assert.ok(articleSlug("word ".repeat(40), "0123456789ab").length <= 67);
});

test("two articles whose slugs would collide both carry their whole id instead", () => {
  const files = [0, ...COLLIDING_COPIES].map((i) => {
    const result = decode(nearIdenticalFile(i), Buffer.from(nearIdenticalText(i)));
    assert.ok(result.ok);
    return result.decoded as DecodedFile;
  });
  const { entries } = buildArchive(files, [], NO_CORRECTIONS);
  const pathOf = (i: number): string =>
    entries.find((e) => e.frontMatter.origins[0]?.file === nearIdenticalFile(i))?.path ?? "";
  const idOf = (i: number): string =>
    entries.find((e) => e.path === pathOf(i))?.frontMatter.id ?? "?";
  for (const i of COLLIDING_COPIES) assert.ok(pathOf(i).endsWith(`-${idOf(i)}.md`), pathOf(i));
  assert.notEqual(pathOf(COLLIDING_COPIES[0]), pathOf(COLLIDING_COPIES[1]));
  assert.ok(pathOf(0).endsWith(`-${idOf(0).slice(0, 6)}.md`), "no collision, the short slug");
});

test("an article dated by its story and an undated one with one slug both carry their whole id", () => {
  // Their entries lie in two folders, but both pages are published under /undated/.
  const entry = (path: string, date_basis: string): ArticleEntry =>
    ({
      path,
      body: "",
      frontMatter: {
        date: date_basis === "story" ? "2021-03-12" : undefined,
        date_precision: date_basis === "story" ? "day" : "none",
        date_basis,
      },
    }) as unknown as ArticleEntry;
  const entries = [
    entry("2021/03/same-title-abc123.md", "story"),
    entry("undated/same-title-abc123.md", "none"),
  ];
  const articles = [
    { headline: "Same title", ledeTitle: null, id: "abc123111111" },
    { headline: "Same title", ledeTitle: null, id: "abc123222222" },
  ];
  separateCollidingPaths(entries, articles);
  assert.deepEqual(
    entries.map((e) => e.path),
    ["2021/03/same-title-abc123111111.md", "undated/same-title-abc123222222.md"],
  );
});

test("a story is named by its smallest member id, whatever the order", () => {
  assert.equal(storyId(["b", "a", "c"]), "s-a");
  assert.equal(storyId(["c", "a", "b"]), storyId(["a", "b", "c"]));
});
