import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { gzipSync } from "node:zlib";
import {
  fragmentFolder,
  previousFragments,
  seedFragments,
  seedsHeld,
} from "../src/site/fragments.ts";

let temp: string;
before(async () => {
  temp = await mkdtemp(join(tmpdir(), "clippings-fragments-"));
});
after(() => rm(temp, { recursive: true, force: true }));

/** Writes fragment files as Pagefind does: gzip of its mark and the fragment's JSON. */
async function writeFragments(bundle: string, fragments: Record<string, string | Buffer>) {
  await mkdir(fragmentFolder(bundle), { recursive: true });
  for (const [name, content] of Object.entries(fragments))
    await writeFile(
      join(fragmentFolder(bundle), name),
      typeof content === "string"
        ? gzipSync(`pagefind_dcd${JSON.stringify({ url: content, content: "text" })}`)
        : content,
    );
}

test("the previous site's fragments are found by URL, only those asked for and plainly named", async () => {
  const [first, second] = [join(temp, "old", "pagefind"), join(temp, "old", "pagefind-2022")];
  await writeFragments(first, {
    "en_0123abc.pf_fragment": "/2020/01/a/",
    "en_0123abcd.pf_fragment": "/2020/01/renamed-for-a-collision/",
    "en_1111111.pf_fragment": "/2020/01/not-asked/",
    "en_2222222.pf_fragment": Buffer.from("not gzip"),
  });
  await writeFragments(second, { "pt-br_3333333.pf_fragment": "/2022/05/b/" });
  const asked = new Set(["/2020/01/a/", "/2020/01/renamed-for-a-collision/", "/2022/05/b/"]);
  const found = await previousFragments([first, second, join(temp, "missing")], asked);
  assert.deepEqual([...found].sort(), [
    ["/2020/01/a/", join(fragmentFolder(first), "en_0123abc.pf_fragment")],
    ["/2022/05/b/", join(fragmentFolder(second), "pt-br_3333333.pf_fragment")],
  ]);
  assert.equal((await previousFragments([first], new Set())).size, 0);

  const bundle = join(temp, "new", "pagefind");
  assert.equal(await seedFragments(found, ["/2022/05/b/", "/2023/01/new/"], bundle), 1);
  assert.deepEqual(await readdir(fragmentFolder(bundle)), ["pt-br_3333333.pf_fragment"]);
});

test("seeded fragments held when the bundle has one plainly named fragment per record", async () => {
  const bundle = join(temp, "held", "pagefind");
  await writeFragments(bundle, {
    "en_aaaaaaa.pf_fragment": "/a/",
    "en_bbbbbbb.pf_fragment": "/b/",
  });
  assert.equal(await seedsHeld(bundle, 2), true);
  // A seed Pagefind did not name: one file more than the records.
  assert.equal(await seedsHeld(bundle, 1), false);
  // A record renamed for a collision: its short name may be a seed of another record's.
  await writeFragments(bundle, { "en_aaaaaaa1.pf_fragment": "/c/" });
  assert.equal(await seedsHeld(bundle, 3), false);
});
