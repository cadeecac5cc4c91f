// Where the folders are must not change the site. Eleventy reads a path whose text merely
// starts with its working folder's as one inside it, and globs in folder names: the build must
// give the same site from any entries folder.
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { runBuildCli } from "./build-cli.ts";
import { assertTreeEquals, readTree } from "./tree.ts";

let root: string;
let input: string;
let reference: Map<string, Buffer>;

/** Builds the sample with its entries in `articles`, from the working folder `cwd`. */
function build(cwd: string, articles: string, output: string): void {
  const run = runBuildCli(
    ["--input", input, "--articles", articles, "--output", output, "--no-cache"],
    { cwd },
  );
  assert.equal(run.status, 0, run.stderr);
}

before(async () => {
  root = await mkdtemp(join(tmpdir(), "clippings-paths-"));
  input = join(root, "raw");
  await cp(resolve("content/raw"), input, { recursive: true });
  await mkdir(join(root, "app"));
  build(join(root, "app"), join(root, "entries"), join(root, "site"));
  reference = await readTree(join(root, "site"));
});

after(() => rm(root, { recursive: true, force: true }));

test("entries beside the working folder, with a name that starts like it", async () => {
  build(join(root, "app"), join(root, "app-articles"), join(root, "site-2"));
  await assertTreeEquals(join(root, "site-2"), reference);
});

test("entries in a folder whose name has glob characters", async () => {
  build(join(root, "app"), join(root, "articles {x} [1]"), join(root, "site-3"));
  await assertTreeEquals(join(root, "site-3"), reference);
});
