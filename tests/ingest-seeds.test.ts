import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { runIngest } from "../src/ingest.ts";
import type { IngestReport } from "../src/report.ts";
import { parseEntry } from "../src/serialize.ts";
import { readEntryRecords } from "../src/site/entry-files.ts";
import { LISTING_HEADLINES, SINGLE_HEADLINES } from "./seed-headlines.ts";

interface Entry {
  path: string;
  text: string;
  data: Record<string, unknown>;
  body: string;
}

let work: string;
let entries: Entry[];
let report: IngestReport;

async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await listFiles(dir, rel)));
    else found.push(rel);
  }
  return found.sort();
}

async function readEntries(dir: string): Promise<Entry[]> {
  const paths = (await listFiles(dir)).filter((p) => p.endsWith(".md"));
  return Promise.all(
    paths.map(async (path) => {
      const text = await readFile(join(dir, path), "utf8");
      const { data, content } = parseEntry(text);
      return { path, text, data, body: content };
    }),
  );
}

before(async () => {
  work = await mkdtemp(join(tmpdir(), "clippings-seeds-"));
  await runIngest({ input: "content/raw", output: join(work, "a"), cache: false });
  entries = await readEntries(join(work, "a"));
  report = JSON.parse(await readFile(join(work, "a", "_report.json"), "utf8")) as IngestReport;
});
after(() => rm(work, { recursive: true, force: true }));

const byTitle = (title: string): Entry => {
  const found = entries.find((e) => e.data.title === title);
  assert.ok(found, `no entry titled ${title}`);
  return found;
};

test("14 articles from the 5 seed files, titled by their headlines", () => {
  assert.equal(entries.length, 14);
  const titles = entries.map((e) => e.data.title).sort();
  for (const headline of [...SINGLE_HEADLINES, ...LISTING_HEADLINES]) {
    assert.ok(titles.includes(headline), headline);
  }
  const headlined = entries.filter((e) => e.data.title_basis === "headline");
  assert.equal(headlined.length, 13);
  const untitled = entries.find((e) => e.data.title_basis !== "headline");
  assert.equal(untitled?.data.title_basis, "story");
  assert.equal(untitled?.data.title, "Putin Vows Military Support For Belarus’ Lukashenko");
});

test("no boilerplate line of the seeds is in any body", () => {
  const boilerplate = [
    "ugc_banner",
    "main img",
    "Story highlights",
    "News / Russia / More",
    "alternate addresses",
    "www.presstv.ir",
    "SHARE THIS ARTICLE",
    "Press TV News Roku",
    "Home World Europe News",
    "Image source",
    "READ ALSO",
    "Ogbonnaya Onu",
    "Belarus Elections 2020: Alexander Lukashenko Wins",
    "WION Web Team",
    "RussiaUpdated",
    "date 2020-08-27",
  ];
  for (const entry of entries)
    for (const line of boilerplate)
      assert.ok(!entry.body.includes(line), `${line} in ${entry.path}`);
  const zero = entries.find(
    (e) => e.data.title === "Belarus Crisis: Russia Pledges Support for Alexander Lukashenko",
  );
  assert.ok(!/^0$/m.test(zero?.body ?? ""));
});

test("captions live in front matter, not in the body", () => {
  let captions = 0;
  for (const entry of entries) {
    for (const caption of entry.data.captions as { text: string }[]) {
      captions++;
      assert.ok(
        !entry.body.includes(caption.text.slice(0, 60)),
        `caption in body of ${entry.path}`,
      );
    }
  }
  assert.ok(captions >= 10);
  const duplicated = byTitle("Putin Ready To Negotiate With Ukraine, Says Kremlin").data
    .captions as { file_photo: boolean }[];
  assert.equal(duplicated.length, 1);
  assert.equal(duplicated[0]?.file_photo, true);
});

test("the wire story reprinted by four outlets is one story; unrelated articles are not", () => {
  const wire = [
    "Putin Vows Military Support For Belarus’ Lukashenko",
    "Russian President Putin vows military support for Belarus' Lukashenko",
    "Putin urges Belarus authorities, opposition to find way out of crisis",
  ];
  const stories = new Set(
    entries.filter((e) => wire.includes(e.data.title as string)).map((e) => e.data.story),
  );
  assert.equal(stories.size, 1);
  const story = [...stories][0];
  assert.equal(entries.filter((e) => e.data.story === story).length, 4);
  assert.equal(new Set(entries.map((e) => e.data.story)).size, 11);
});

test("dates: explicit with time and zone, inferred with a note, story-derived, or honestly undated", () => {
  const wion = byTitle(
    "Russian President Putin vows military support for Belarus' Lukashenko",
  ).data;
  assert.deepEqual(
    [wion.date, wion.date_basis, wion.place, wion.source, wion.byline],
    ["2020-08-28T07:51:00+05:30", "explicit", "Moscow, Russia", "WION", "WION Web Team"],
  );
  const inferred = byTitle("Belarus Bans Journalists From Covering Mass Protests").data;
  assert.deepEqual(
    [inferred.date, inferred.date_precision, inferred.date_basis],
    ["2021-05-24", "day", "inferred"],
  );
  const story = byTitle(
    "Putin urges Belarus authorities, opposition to find way out of crisis",
  ).data;
  assert.deepEqual(
    [story.date, story.date_basis, story.source],
    ["2020-08-27", "story", "Press TV"],
  );
  // The dated version (seed 000) has no headline of its own: its borrowed title is not quoted.
  assert.equal(
    story.date_note,
    // An undated copy may be older than the version that dates it, so no "later".
    "Taken from another version of the same story, the one without a headline in 000_37f11d445527d276.txt, dated 27 August 2020 (a Thursday); this copy states no date of its own and may have been published at another time.",
  );
  assert.match(wion.date_note as string, /as the time it was updated: “Updated: Aug 28, 2020/);
  const undated = byTitle("UN Steps Up Pressure Over Belarus Violence").data;
  assert.deepEqual(
    [undated.date, undated.date_precision, undated.date_basis],
    [undefined, "none", "none"],
  );
  for (const entry of entries)
    assert.ok(typeof entry.data.date_note === "string" && entry.data.date_note.length > 10);
  for (const entry of entries.filter((e) => e.data.date === undefined))
    assert.match(entry.path, /^undated\//);
});

test("front matter carries the whole contract, and entities are normalised", () => {
  const keys = [
    "id",
    "title",
    "title_basis",
    "date_precision",
    "date_basis",
    "date_note",
    "source",
    "byline",
    "place",
    "language",
    "story",
    "origins",
    "people",
    "places",
    "organizations",
    "captions",
    "summary",
    "word_count",
  ];
  for (const entry of entries)
    for (const key of keys) assert.ok(key in entry.data, `${key} missing in ${entry.path}`);
  const people = new Set(entries.flatMap((e) => e.data.people as string[]));
  assert.ok(people.has("Alexander Lukashenko") && people.has("Svetlana Tikhanovskaya"));
  assert.ok(!people.has("Lukashenko") && !people.has("Tikhanovskaya"));
  // Lukashenko as Putin addresses him, and EU as most of the seeds write it.
  assert.ok(![...people].some((name) => name.startsWith("Alexander Grigor")));
  const organizations = new Set(entries.flatMap((e) => e.data.organizations as string[]));
  assert.ok(organizations.has("European Union") && !organizations.has("EU"));
});

test("the report accounts for every non-blank line of every file", async () => {
  for (const file of report.files) {
    const lines = (await readFile(join("content/raw", file.file), "utf8")).split(/\r?\n/);
    const covered = new Set<number>();
    for (const article of file.articles)
      for (let n = article.lines[0]; n <= article.lines[1]; n++) covered.add(n);
    for (const removed of file.removed) covered.add(removed.line);
    lines.forEach((text, i) => {
      if (text.trim() !== "") assert.ok(covered.has(i + 1), `${file.file}:${i + 1} unaccounted`);
    });
  }
  assert.equal(report.summary.articles, 14);
  assert.ok(report.warnings.some((w) => w.includes("undated")));
});

test("re-ingesting is byte-identical, leaves unchanged entries alone, and removes vanished ones", async () => {
  const second = join(work, "b");
  await runIngest({ input: "content/raw", output: second, cache: false });
  const again = await readEntries(second);
  assert.deepEqual(
    again.map((e) => [e.path, e.text]),
    entries.map((e) => [e.path, e.text]),
  );
  assert.equal(
    await readFile(join(second, "_report.json"), "utf8"),
    await readFile(join(work, "a", "_report.json"), "utf8"),
  );
  const rerun = await runIngest({ input: "content/raw", output: second, cache: false });
  assert.deepEqual([rerun.written, rerun.unchanged, rerun.removed], [0, 14, 0]);

  const fewer = join(work, "raw-fewer");
  await cp("content/raw", fewer, { recursive: true });
  await rm(join(fewer, "003_9f7ee0565c2f8349.txt"));
  const pruned = await runIngest({ input: fewer, output: second, cache: false });
  assert.deepEqual([pruned.articles, pruned.removed], [4, 10]);
  const remaining = await readEntries(second);
  assert.deepEqual(
    remaining.map((e) => e.data.id).sort(),
    entries
      .filter((e) => !(e.data.origins as { file: string }[]).every((o) => o.file.startsWith("003")))
      .map((e) => e.data.id)
      .sort(),
  );
});

test("the ingest writes only into an earlier ingest's folder, and removes only its entries", async () => {
  const foreign = join(work, "foreign");
  await mkdir(join(foreign, "2021", "07"), { recursive: true });
  await writeFile(join(foreign, "notes.md"), "mine\n");
  await writeFile(join(foreign, "2021", "07", "mine.md"), "mine\n");
  await assert.rejects(
    runIngest({ input: "content/raw", output: foreign, cache: false }),
    /holds files other than entries and has no _report\.json, so it is no earlier ingest's output; nothing was changed/,
  );
  assert.equal(await readFile(join(foreign, "2021", "07", "mine.md"), "utf8"), "mine\n");
  // A first ingest stopped before its report left entries only: the next one may go on.
  const stopped = join(work, "stopped");
  await mkdir(join(stopped, "2021", "07"), { recursive: true });
  await writeFile(join(stopped, "2021", "07", "half-written-abc123.md"), "---\n");
  // The stopped run's process is gone (no process has this number); a running one's is not.
  await writeFile(join(stopped, "2021", "07", "next-def456.md.99999999.tmp"), "---\n");
  await writeFile(join(stopped, "_report.json.99999999.tmp"), "{");
  const running = `_report.json.${process.ppid}.tmp`;
  await writeFile(join(stopped, running), "{");
  const resumed = await runIngest({ input: "content/raw", output: stopped, cache: false });
  assert.equal(resumed.removed, 1);
  // So are the files the stopped run was writing through, but not a running ingest's.
  const left = await readdir(stopped, { recursive: true });
  assert.deepEqual(
    left.filter((path) => path.endsWith(".tmp")),
    [running],
  );

  const archive = join(work, "with-notes");
  await runIngest({ input: "content/raw", output: archive, cache: false });
  await writeFile(join(archive, "README.md"), "about this archive\n");
  await mkdir(join(archive, "notes"));
  await writeFile(join(archive, "notes", "todo.md"), "check dates\n");
  await writeFile(join(archive, "notes", "todo.md.1.tmp"), "check dates\n");
  const rerun = await runIngest({ input: "content/raw", output: archive, cache: false });
  assert.equal(rerun.removed, 0);
  assert.equal(await readFile(join(archive, "notes", "todo.md"), "utf8"), "check dates\n");
  assert.ok(existsSync(join(archive, "README.md")));
  assert.ok(existsSync(join(archive, "notes", "todo.md.1.tmp")));
});

test("an article's page address stays put when another version of its story arrives", async () => {
  const addresses = async (files: string[], output: string): Promise<Map<string, string>> => {
    const input = join(work, `${output}-raw`);
    await mkdir(input);
    for (const file of files) await cp(join("content/raw", file), join(input, file));
    await runIngest({ input, output: join(work, output), cache: false });
    const records = await readEntryRecords(join(work, output));
    return new Map(records.map(({ record }) => [record.id, record.url]));
  };
  const alone = await addresses(["003_9f7ee0565c2f8349.txt"], "listing-alone");
  const withVersion = await addresses(
    ["000_37f11d445527d276.txt", "003_9f7ee0565c2f8349.txt"],
    "listing-with-version",
  );
  // The listing's copy of the wire story is undated alone, and dated by the other version after.
  const borrowed = entries.find(
    (e) => e.data.date_basis === "story" && e.path.includes("putin-vows"),
  );
  assert.ok(borrowed, "a copy of the wire story dated by its story");
  const id = String(borrowed.data.id);
  assert.match(alone.get(id) ?? "", /^\/undated\//);
  assert.equal(withVersion.get(id), alone.get(id));
  // Every article of the listing keeps its address.
  for (const [article, url] of alone) assert.equal(withVersion.get(article), url, article);
});
