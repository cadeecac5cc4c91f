import assert from "node:assert/strict";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { runBuildCli } from "./build-cli.ts";

// The newcomer's command, with its default folders: entries land in content/articles, which is
// listed in .gitignore, and must still be built.
test("npm run build with the default folders renders every sample article", async () => {
  const output = join(await mkdtemp(join(tmpdir(), "clippings-default-")), "site");
  try {
    const run = runBuildCli(["--output", output]);
    assert.equal(run.status, 0, run.stderr);
    // Without --site-url the absolute links name localhost, and the build says so.
    assert.match(
      run.stdout,
      /note: no --site-url given, so citations, feeds, the sitemap and robots\.txt name http:\/\/localhost:8080/,
    );
    // Article pages are the ones whose slug ends in the start of the article's id.
    const articlePages = (await readdir(output, { recursive: true }))
      .map((p) => p.split("\\").join("/"))
      .filter((p) => /^(?:\d{4}\/\d{2}|undated)\/[a-z0-9-]+-[0-9a-f]{6}\/index\.html$/.test(p));
    assert.equal(articlePages.length, 14, articlePages.join("\n"));
  } finally {
    await rm(join(output, ".."), { recursive: true, force: true });
  }
});
