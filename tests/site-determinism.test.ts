import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { readTree } from "./tree.ts";

// Two clean builds of the sample, in processes with different clocks' time zones, give the same
// bytes: nothing in the site comes from the build's time or place.
test("two builds of the sample archive are byte-identical, whatever the time zone", async () => {
  const temp = await mkdtemp(join(tmpdir(), "clippings-determinism-"));
  try {
    const builds = ["Pacific/Kiritimati", "America/Los_Angeles"].map((zone, i) => {
      const output = join(temp, `site-${i}`);
      const run = spawnSync(
        process.execPath,
        [
          "--import",
          "tsx",
          "scripts/build.ts",
          "--articles",
          join(temp, `articles-${i}`),
          "--output",
          output,
        ],
        { encoding: "utf8", env: { ...process.env, TZ: zone } },
      );
      assert.equal(run.status, 0, run.stderr);
      return output;
    });
    const [first, second] = await Promise.all(builds.map(readTree));
    assert.ok(first && second && first.size > 100);
    assert.deepEqual([...second.keys()].sort(), [...first.keys()].sort());
    for (const [path, bytes] of first)
      assert.ok(bytes.equals(second.get(path) as Buffer), `${path} differs`);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
});
