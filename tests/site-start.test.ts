import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";

const RAW = "content/raw";
let work = "";
let child: ChildProcess | undefined;

after(async () => {
  child?.kill("SIGINT");
  await rm(work, { recursive: true, force: true });
});

/** Resolves with the first stdout line that matches, or rejects when the process ends first. */
function waitForLine(process: ChildProcess, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let buffered = "";
    process.stdout?.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = buffered.match(pattern);
      if (match) resolve(match);
    });
    process.on("exit", (code) => reject(new Error(`npm start exited with ${code}`)));
  });
}

async function pollUntil(check: () => Promise<boolean>, attempts: number): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return true;
    await new Promise((done) => setTimeout(done, 500));
  }
  return false;
}

test("npm start serves the site with live reload and re-ingests when a raw file arrives", async () => {
  work = await mkdtemp(join(tmpdir(), "clippings-start-"));
  const raw = join(work, "raw");
  await mkdir(raw);
  await copyFile(join(RAW, "001_e49dd423f0d00d0d.txt"), join(raw, "001.txt"));
  child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/start.ts",
      "--input",
      raw,
      "--articles",
      join(work, "articles"),
      "--output",
      join(work, "site"),
      "--port",
      "0",
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const [, url] = await waitForLine(child, /at (http:\/\/127\.0\.0\.1:\d+\/)/);
  assert.ok(url);
  const home = await (await fetch(url)).text();
  assert.match(home, /Russian President Putin vows military support/);
  assert.match(home, /EventSource\("\/__reload"\)/);

  await copyFile(join(RAW, "002_03677dd4a674e8b9.txt"), join(raw, "002.txt"));
  const rebuilt = await pollUntil(
    async () => /Putin urges Belarus authorities/.test(await (await fetch(url)).text()),
    120,
  );
  assert.ok(rebuilt, "the new raw file's article appears after the rebuild");
});
