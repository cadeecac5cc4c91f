import assert from "node:assert/strict";
import { test } from "node:test";
import { words } from "../src/cluster.ts";
import { articleId, articleSlug, storyId } from "../src/identity.ts";

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

test("a story is named by its smallest member id, whatever the order", () => {
  assert.equal(storyId(["b", "a", "c"]), "s-a");
  assert.equal(storyId(["c", "a", "b"]), storyId(["a", "b", "c"]));
});
