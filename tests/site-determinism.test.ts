// Same input, same bytes: two clean builds (fresh entries, output and no cache) give identical
// sites, though the second runs in another time zone, with its clock 40 years ahead and
// SOURCE_DATE_EPOCH set (nothing in the site may come from the build's time or place), and, for
// the generated corpus, from files created in shuffled order on tmpfs, which lists a folder in
// reverse creation order (ext4 lists it by a hash of the names): every stage, from the ingest's
// listing to Eleventy's and Pagefind's walks, meets the files in another order.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { createRng, type GeneratedFile, generateCorpus } from "../src/corpus-generator.ts";
import { runBuildCli } from "./build-cli.ts";
import { assertTreeEquals, readTree } from "./tree.ts";

const ELSEWHERE = {
  env: { TZ: "America/Los_Angeles", SOURCE_DATE_EPOCH: "0" },
  preload: ["./tests/faults/clock.ts"],
};

/** Builds `input` into `root`/site with fresh entries and no cache; returns the site folder. */
function build(input: string, root: string, options: typeof ELSEWHERE | undefined): string {
  const output = join(root, "site");
  const run = runBuildCli(
    ["--input", input, "--articles", join(root, "articles"), "--output", output, "--no-cache"],
    options ?? { env: { TZ: "Pacific/Kiritimati" } },
  );
  assert.equal(run.status, 0, run.stderr);
  return output;
}

async function writeFiles(dir: string, files: readonly GeneratedFile[]): Promise<void> {
  for (const { manifest, bytes } of files) {
    await mkdir(dirname(join(dir, manifest.file)), { recursive: true });
    await writeFile(join(dir, manifest.file), bytes);
  }
}

test("two builds of the sample archive are byte-identical, whatever the time and place", async () => {
  const temp = await mkdtemp(join(tmpdir(), "clippings-determinism-"));
  try {
    const first = await readTree(build("content/raw", join(temp, "first"), undefined));
    assert.ok(first.size > 100);
    await assertTreeEquals(build("content/raw", join(temp, "second"), ELSEWHERE), first);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
});

test("a generated 1,000-article corpus builds byte-identically from files in another order", async () => {
  const files = [...generateCorpus({ articles: 1000, seed: 11 })];
  const rng = createRng(5);
  const shuffled = [...files];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [shuffled[i], shuffled[j]] = [shuffled[j] as GeneratedFile, shuffled[i] as GeneratedFile];
  }
  const temp = await mkdtemp(join(tmpdir(), "clippings-determinism-"));
  const tmpfs = await mkdtemp(join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "clippings-"));
  try {
    await writeFiles(join(temp, "raw"), files);
    await writeFiles(join(tmpfs, "raw"), shuffled);
    const first = await readTree(build(join(temp, "raw"), temp, undefined));
    assert.ok(first.size > 3000);
    await assertTreeEquals(build(join(tmpfs, "raw"), tmpfs, ELSEWHERE), first);
  } finally {
    await rm(temp, { recursive: true, force: true });
    await rm(tmpfs, { recursive: true, force: true });
  }
});
