import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { bundleModule } from "../src/bundle.ts";
import { childCodeIn, childEnv } from "../src/site/child-code.ts";

const FIXTURE = new URL("./fixtures/bundle/entry.ts", import.meta.url);

test("a bundle is one module named by its content, and each module in it keeps its own import.meta.url", async () => {
  const folder = await mkdtemp(join(tmpdir(), "clippings-bundle-"));
  try {
    const url = pathToFileURL(`${folder}/`);
    const file = await bundleModule(FIXTURE, "fixture", url);
    assert.match(file.pathname, /\/fixture-[0-9a-f]{16}\.mjs$/);
    assert.equal(await bundleModule(FIXTURE, "fixture", url).then(String), String(file));
    const { urls } = (await import(file.href)) as { urls: Record<string, string> };
    assert.deepEqual(urls, {
      entry: FIXTURE.href,
      nested: new URL("./fixtures/bundle/nested/where.ts", import.meta.url).href,
    });
    assert.doesNotMatch(readFileSync(file, "utf8"), /import\.meta\.url/);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test("the build's children run bundles, or the sources under tsx where bundles cannot be written", async () => {
  const folder = await mkdtemp(join(tmpdir(), "clippings-bundle-"));
  try {
    const bundled = await childCodeIn(pathToFileURL(`${folder}/`));
    assert.match(bundled.render.join(" "), /\/render-child-[0-9a-f]{16}\.mjs$/);
    assert.match(bundled.export.join(" "), /\/export-child-[0-9a-f]{16}\.mjs$/);
    assert.match(bundled.eleventyConfig, /\/eleventy-config-[0-9a-f]{16}\.mjs$/);
    // A file where the folder should be: nothing can be written below it.
    await writeFile(join(folder, "taken"), "");
    const sources = await childCodeIn(pathToFileURL(join(folder, "taken", "bundles/")));
    assert.equal(sources.render[0], "--import");
    assert.match(sources.render.join(" "), /tsx.* \S+\/src\/site\/render-child\.ts$/);
    assert.match(sources.export.join(" "), /\/src\/site\/export-child\.ts$/);
    assert.match(sources.eleventyConfig, /\/\.eleventy\.ts$/);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

/** Threads of a node process that has imported Eleventy, run with `env`. */
function threadsAfterEleventy(env: NodeJS.ProcessEnv): number {
  const script = `await import("@11ty/eleventy");
    const status = (await import("node:fs")).readFileSync("/proc/self/status", "utf8");
    console.log(/^Threads:\\s+(\\d+)/m.exec(status)[1]);`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { env });
  return Number(String(out).trim());
}

test("a child imports Eleventy without the loader thread of its ESM resolver", {
  skip: process.platform !== "linux" && "reads /proc",
}, () => {
  const withResolver = threadsAfterEleventy({ ...process.env, ELEVENTY_SKIP_ESM_RESOLVER: "" });
  assert.equal(threadsAfterEleventy(childEnv()), withResolver - 1);
});
