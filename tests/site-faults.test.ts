// Faults during `npm run build`: each one fails the build with a one-line message naming the
// problem and a non-zero exit, and leaves the previous site byte-identical with no temporary
// folder beside it. Faults are injected by tests/faults/inject.ts (a preload patching node:fs),
// since chmod does not stop root; Pagefind's crash by pointing its Node API at a failing binary.
import assert from "node:assert/strict";
import type { SpawnSyncReturns } from "node:child_process";
import { chmod, cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { buildSite } from "../src/site/build.ts";
import { runBuildCli } from "./build-cli.ts";
import { assertTreeEquals, readTree } from "./tree.ts";

const INJECT = "./tests/faults/inject.ts";
const UNREAD = "001_e49dd423f0d00d0d.txt";
const VANISHING = "002_03677dd4a674e8b9.txt";

let root: string;
let input: string;
let articles: string;
let output: string;
let site: Map<string, Buffer>;
let entries: Map<string, Buffer>;

const build = (env: NodeJS.ProcessEnv = {}, extra: string[] = []): SpawnSyncReturns<string> =>
  runBuildCli(
    [
      ...["--input", input, "--articles", articles, "--output", output],
      ...["--cache", join(root, "cache"), ...extra],
    ],
    { env, preload: [INJECT] },
  );

/** Folders a build leaves beside the output while it runs: none may outlive it. */
const leftovers = async (): Promise<string[]> =>
  (await readdir(root)).filter((name) => /^site\.(building|old)-/.test(name));

/** The build failed with `message` as its reason, and the previous site is untouched. */
async function assertFailedCleanly(run: SpawnSyncReturns<string>, message: RegExp): Promise<void> {
  assert.equal(run.status, 1, run.stderr);
  const reason = run.stderr.split("\n").find((line) => line.startsWith("build failed: "));
  assert.match(reason ?? run.stderr, message);
  assert.match(run.stderr, /is left as it was/);
  assert.doesNotMatch(run.stderr, /^\s+at /m, "no stack trace of ours");
  await assertTreeEquals(output, site);
  assert.deepEqual(await leftovers(), []);
}

before(async () => {
  root = await mkdtemp(join(tmpdir(), "clippings-faults-"));
  input = join(root, "raw");
  articles = join(root, "articles");
  output = join(root, "site");
  await cp("content/raw", input, { recursive: true });
  const first = build();
  assert.equal(first.status, 0, first.stderr);
  site = await readTree(output);
  entries = await readTree(articles);
});
after(() => rm(root, { recursive: true, force: true }));

/** A fault at the 20th page the render writes into the half-built site. */
const whileWritingPages = (effect: string): Record<string, string> => ({
  FAULT_CALL: "writeFile",
  FAULT_PATH: "/site\\.building-[^/]+/.+/index\\.html$",
  FAULT_NTH: "20",
  FAULT_EFFECT: effect,
});

describe("I/O faults fail the build and keep the previous site", () => {
  test("an unreadable raw file: named, and not even the entries are touched", async () => {
    const run = build({
      FAULT_CALL: "readFile",
      FAULT_PATH: `/raw/${UNREAD}$`,
      FAULT_EFFECT: "EACCES",
    });
    await assertFailedCleanly(
      run,
      new RegExp(`cannot read the input file ${UNREAD} \\(EACCES: permission denied\\)`),
    );
    await assertTreeEquals(articles, entries);
  });

  test("a raw file deleted after the ingest read it, before its copy was made", async () => {
    const run = build({
      FAULT_CALL: "readFile",
      FAULT_PATH: `/raw/${VANISHING}$`,
      FAULT_EFFECT: "vanish",
    });
    await cp(join("content/raw", VANISHING), join(input, VANISHING));
    await assertFailedCleanly(
      run,
      new RegExp(`cannot copy the raw file ${VANISHING} \\(ENOENT: no such file or directory\\)`),
    );
  });

  // A rebuild of unchanged input takes every page from the previous site, so the faults in
  // rendering and indexing are met with --no-reuse.
  test("the disk filling up while pages are written", async () => {
    const run = build(whileWritingPages("ENOSPC"), ["--no-reuse"]);
    await assertFailedCleanly(run, /ENOSPC: no space left on device, writeFile '.+index\.html'/);
  });

  test("a rebuild that took pages from the previous site, then failed, leaves that site as it was", async () => {
    // A new raw file changes some pages; the rest are hard links to the previous site's files.
    const added = join(input, "added.txt");
    await cp(join(input, UNREAD), added);
    try {
      const run = build({ ...whileWritingPages("ENOSPC"), FAULT_NTH: "2" });
      await assertFailedCleanly(run, /ENOSPC: no space left on device, writeFile '.+index\.html'/);
    } finally {
      await rm(added);
    }
  });

  test("no permission to move the new site into place: the old one is put back", async () => {
    const run = build({ FAULT_CALL: "rename", FAULT_PATH: "/site$", FAULT_EFFECT: "EACCES" });
    await assertFailedCleanly(run, /EACCES: permission denied, rename '.+\/site'/);
  });
});

describe("a stage that crashes fails the build and keeps the previous site", () => {
  test("Eleventy throws while rendering an entry", async () => {
    const bad = join(root, "bad-articles");
    await cp(articles, bad, { recursive: true });
    await writeFile(
      join(bad, "evil.md"),
      '---\nid: evil\ntitle: "T"\npermalink: "/../../evil/"\n---\nBody.\n',
    );
    const run = runBuildCli([
      "--input",
      input,
      "--articles",
      bad,
      "--output",
      output,
      "--no-ingest",
    ]);
    await assertFailedCleanly(run, /evil\.md: entries may not set permalink/);
  });

  test("Pagefind's process dies in the middle of indexing", async () => {
    const binary = join(root, "pagefind-crashing");
    await writeFile(binary, "#!/bin/sh\nhead -c 1 >/dev/null\nexit 3\n");
    await chmod(binary, 0o755);
    const run = build({ PAGEFIND_BINARY_PATH: binary, PAGEFIND_EXTENDED_BINARY_PATH: binary }, [
      "--no-reuse",
    ]);
    await assertFailedCleanly(run, /Pagefind stopped answering: its process ended mid-index/);
  });
});

describe("a killed build", () => {
  test("killed mid-render: the site is intact, and the next build clears the half-built one", async () => {
    const killed = build(whileWritingPages("kill"), ["--no-reuse"]);
    assert.equal(killed.signal, "SIGKILL");
    await assertTreeEquals(output, site);
    // The half-built site and the build's work folder beside it.
    assert.deepEqual((await leftovers()).map((name) => name.replace(/-\d+-\d+/, "")).sort(), [
      "site.building",
      "site.building.work",
    ]);
    const next = build();
    assert.equal(next.status, 0, next.stderr);
    assert.deepEqual(await leftovers(), []);
    await assertTreeEquals(output, site);
  });

  test("killed between setting the old site aside and moving the new one in: it is put back", async () => {
    const killed = build({ FAULT_CALL: "rename", FAULT_PATH: "/site$", FAULT_EFFECT: "kill" });
    assert.equal(killed.signal, "SIGKILL");
    assert.deepEqual((await leftovers()).map((name) => name.replace(/-\d+-\d+/, "")).sort(), [
      "site.building",
      "site.building.work",
      "site.old",
    ]);
    // The next build puts the previous site back before anything else, even when it then fails.
    const next = build({
      FAULT_CALL: "readFile",
      FAULT_PATH: `/raw/${UNREAD}$`,
      FAULT_EFFECT: "EIO",
    });
    await assertFailedCleanly(next, /cannot read the input file .+ \(EIO/);
  });
});

describe("an output folder that is not a site", () => {
  test("is never replaced", async () => {
    const folder = join(root, "documents");
    await mkdir(folder);
    await writeFile(join(folder, "thesis.txt"), "years of work");
    await assert.rejects(
      buildSite({ input, articles, output: folder, ingest: false }),
      /refusing to replace .+documents: it is not empty and has no archive\.jsonl/,
    );
    assert.deepEqual(await readdir(folder), ["thesis.txt"]);
  });

  test("may not hold the input or the entries", async () => {
    await assert.rejects(
      buildSite({ input, articles, output: root, ingest: false }),
      /the output folder .+ and the input folder .+ overlap/,
    );
    await assert.rejects(
      buildSite({ input, articles, output: join(articles, "site"), ingest: false }),
      /the output folder .+ and the articles folder .+ overlap/,
    );
  });
});
