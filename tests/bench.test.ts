import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { type StageEvent, stageFigures } from "../src/bench/measure.ts";
import { listFiles, treeDifferences } from "../src/bench/tree.ts";

const ARTICLES = 200;

const event = (stage: StageEvent["stage"], phase: StageEvent["phase"], at: number): StageEvent => ({
  type: "stage",
  stage,
  phase,
  at,
});

test("each stage's figures come from its own interval, even when stages overlap", () => {
  const events = [
    event("total", "start", 0),
    event("render", "start", 10),
    event("index", "start", 50),
    event("render", "end", 60),
    event("index", "end", 100),
    event("total", "end", 110),
  ];
  const samples = [
    { at: 5, bytes: 900 },
    { at: 20, bytes: 300 },
    { at: 55, bytes: 700 },
    { at: 80, bytes: 400 },
  ];
  assert.deepEqual(stageFigures(events, samples), [
    { stage: "total", ms: 110, peakRss: 900 },
    { stage: "render", ms: 50, peakRss: 700 },
    { stage: "index", ms: 50, peakRss: 700 },
  ]);
  assert.deepEqual(stageFigures([event("index", "start", 0), event("index", "end", 5)], []), [
    { stage: "index", ms: 5, peakRss: undefined },
  ]);
  assert.throws(() => stageFigures([event("ingest", "start", 0)], []), /never ended/);
});

test("treeDifferences lists files missing on either side or with other bytes", async () => {
  const temp = await mkdtemp(join(tmpdir(), "clippings-tree-"));
  try {
    const files = {
      a: { "same.txt": "x", "sub/changed.txt": "1", "only-a.txt": "" },
      b: { "same.txt": "x", "sub/changed.txt": "2", "sub/only-b.txt": "" },
    };
    for (const [side, contents] of Object.entries(files)) {
      await mkdir(join(temp, side, "sub"), { recursive: true });
      for (const [path, text] of Object.entries(contents))
        await writeFile(join(temp, side, path), text);
    }
    assert.deepEqual(await treeDifferences(join(temp, "a"), join(temp, "a")), []);
    assert.deepEqual(await treeDifferences(join(temp, "a"), join(temp, "b")), [
      "only-a.txt",
      "sub/changed.txt",
      "sub/only-b.txt",
    ]);
    assert.deepEqual(await listFiles(join(temp, "b")), [
      "same.txt",
      "sub/changed.txt",
      "sub/only-b.txt",
    ]);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
});

interface Row {
  build: string;
  stage: string;
  seconds: number;
  perSecond: number;
  peakRss: string;
  cpu: string;
}

/** The rows of the Markdown table the bench prints. */
function tableRows(output: string): Row[] {
  return output
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| build") && !line.includes("---"))
    .map((line) => {
      const [build, stage, seconds, perSecond, peakRss, cpu] = line
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim());
      return {
        build: build ?? "",
        stage: stage ?? "",
        seconds: Number(seconds),
        perSecond: Number(perSecond?.replaceAll(",", "")),
        peakRss: peakRss ?? "",
        cpu: cpu ?? "",
      };
    });
}

test("npm run bench builds a small corpus, its baseline and an incremental build, and reports them", async () => {
  const keep = await mkdtemp(join(tmpdir(), "clippings-bench-test-"));
  try {
    const run = spawnSync(
      process.execPath,
      [
        ...["--import", "tsx", "scripts/bench.ts"],
        ...["--articles", String(ARTICLES), "--incremental", "--keep", keep],
      ],
      { encoding: "utf8" },
    );
    assert.equal(run.status, 0, run.stderr);
    const output = run.stdout;

    const work = join(keep, `articles-${ARTICLES}`);
    const entries = (await listFiles(join(work, "clippings", "articles"))).filter((path) =>
      path.endsWith(".md"),
    ).length;
    const heading = new RegExp(
      `^## ${ARTICLES} generated articles \\(seed 1\\): \\d+ files, .* → ([\\d,]+) entries, [\\d,]+ HTML pages$`,
      "m",
    ).exec(output);
    assert.ok(heading, output);
    // The entries before the incremental build added some: the heading counts the full build's.
    const report = JSON.parse(
      await readFile(join(work, "clean", "articles", "_report.json"), "utf8"),
    );
    assert.equal(entries, report.summary.articles);
    assert.ok(Number(heading[1]) > 0 && Number(heading[1]) <= ARTICLES);
    const manifest = JSON.parse(await readFile(join(work, "raw.manifest.json"), "utf8"));
    assert.equal(manifest.totals.articles, ARTICLES);

    const added =
      /incremental: 10 files \((\d+) articles, seed 2\) added → [\d.]+ s, [\d.]+ % of the full build/.exec(
        output,
      );
    assert.ok(added, output);
    assert.equal(Number(heading[1]) < entries, true, "the added files added entries");
    assert.match(
      output,
      /incremental site byte-identical to a clean build of the same input: yes$/m,
    );
    assert.match(
      output,
      /^ratio: Clippings total \/ baseline total = \d+\.\d\d× \(CPU time: \d+\.\d\d×\)$/m,
    );
    // Every entry, and nothing else, is searchable, in Clippings' builds and in the baseline.
    assert.match(
      output,
      new RegExp(
        `^pages in the search index: Clippings ${heading[1]}; baseline ${heading[1]}; Clippings \\+10 files ${entries}; Clippings clean rebuild ${entries}$`,
        "m",
      ),
    );

    const rows = tableRows(output);
    const stagesOf = (build: string) =>
      rows.filter((row) => row.build === build).map((row) => row.stage);
    const fullStages = ["ingest", "render", "index", "total"];
    assert.deepEqual(stagesOf("Clippings"), fullStages);
    assert.deepEqual(stagesOf("baseline"), ["render", "index", "total"]);
    assert.deepEqual(stagesOf("Clippings +10 files"), fullStages);
    assert.deepEqual(stagesOf("Clippings clean rebuild"), fullStages);
    assert.equal(rows.length, 15);
    const grown = ARTICLES + Number(added[1]);
    for (const row of rows) {
      const articles = row.build.startsWith("Clippings ") ? grown : ARTICLES;
      assert.ok(row.seconds > 0, `${row.build} ${row.stage}: ${row.seconds} s`);
      // articles/s is the input's generated articles over the wall time (both rounded).
      const implied = row.perSecond * row.seconds;
      assert.ok(
        Math.abs(implied - articles) <= articles * 0.05 + row.seconds,
        `${row.build} ${row.stage}`,
      );
      assert.match(row.peakRss, /^[1-9][\d,]* MiB$/);
      if (row.stage === "total") assert.ok(Number(row.cpu) > 0, `${row.build} CPU ${row.cpu}`);
      else assert.equal(row.cpu, "");
      const total = rows.find((other) => other.build === row.build && other.stage === "total");
      assert.ok(total && row.seconds <= total.seconds);
    }

    // Each build had its own cold cache in its working folder.
    for (const build of ["clippings", "clean"])
      assert.ok((await readdir(join(work, build, ".cache", "ingest"))).length > 0);
  } finally {
    await rm(keep, { recursive: true, force: true });
  }
});
