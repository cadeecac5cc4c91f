import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { runIngest } from "../src/ingest.ts";
import { readOne } from "../src/inputs.ts";
import type { IngestReport } from "../src/report.ts";
import { parseEntry } from "../src/serialize.ts";

const SENTENCE =
  "The minister said on Thursday that talks with the delegation would continue in the capital next week.";
const article = (headline: string, ...extra: string[]): string =>
  [
    headline,
    "",
    SENTENCE,
    "",
    ...extra.flatMap((p) => [p, ""]),
    SENTENCE.replace("Thursday", "Friday"),
    "",
    `${SENTENCE} Again.`,
  ].join("\n");

let work: string;
let input: string;
let output: string;
let report: IngestReport;

async function allFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) found.push(join(entry.parentPath, entry.name));
  return found;
}

before(async () => {
  work = await mkdtemp(join(tmpdir(), "clippings-bad-"));
  input = join(work, "raw");
  output = join(work, "out");
  await mkdir(join(input, "sub dir", "ünïcode"), { recursive: true });
  await writeFile(join(input, "empty.txt"), "");
  await writeFile(
    join(input, "binary.txt"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]),
  );
  await writeFile(
    join(input, "cp1252.txt"),
    Buffer.concat([
      Buffer.from("Caf\xe9 Talks Resume In The Capital\n\n", "latin1"),
      Buffer.from(`\x93${SENTENCE}\x94\n\n${SENTENCE} More.\n\n${SENTENCE} Most.`, "latin1"),
    ]),
  );
  await writeFile(
    join(input, "sub dir", "ünïcode", "name with spaces ©.txt"),
    article("Unicode Names Are Fine Here"),
  );
  await writeFile(join(input, "no-extension"), article("Files Without Extension Are Read"));
  await writeFile(join(input, "notes.pdf"), "%PDF-1.4");
  await writeFile(join(input, "one-line.txt"), `${"word ".repeat(200_000)}end.`);
  await writeFile(
    join(input, "hostile.txt"),
    article(
      "Officials Publish ../../etc/passwd In Full",
      "---js",
      "---js { title: require('child_process').execSync('touch /tmp/pwned') } is what the archivists found at the top of this page when they copied it from the site.",
      "---",
      "Template {{ 7*7 }} and {% raw %} and <script>alert(1)</script> and [x](javascript:alert(1)).",
    ),
  );
  await symlink(join(input, "sub dir"), join(input, "sub dir", "loop"));
  await symlink("/etc/passwd", join(input, "passwd.txt"));
  // Names with a byte that is not UTF-8 (from a Windows zip): Node cannot open them by name.
  const latin1Name = (name: string) =>
    Buffer.concat([Buffer.from(`${input}/`), Buffer.from(name, "latin1")]);
  await writeFile(latin1Name("caf\xe9.txt"), article("A Name In Latin-1 Bytes"));
  await writeFile(join(input, "0\u001b[2K\rall good.txt"), "");
  await mkdir(latin1Name("d\xe9j\xe0"));
  await runIngest({ input, output, cache: false });
  report = JSON.parse(await readFile(join(output, "_report.json"), "utf8")) as IngestReport;
});
after(() => rm(work, { recursive: true, force: true }));

const statusOf = (file: string) => report.files.find((f) => f.file === file);

test("bad files are skipped with a reason naming them; the good ones are archived", () => {
  assert.match(statusOf("empty.txt")?.reason ?? "", /empty/);
  assert.match(statusOf("binary.txt")?.reason ?? "", /binary/);
  assert.match(statusOf("notes.pdf")?.reason ?? "", /not a text file/);
  assert.match(statusOf("passwd.txt")?.reason ?? "", /symbolic link/);
  assert.match(statusOf("sub dir/loop")?.reason ?? "", /symbolic link/);
  for (const name of ["caf\uFFFD.txt", "d\uFFFDj\uFFFD"])
    assert.match(statusOf(name)?.reason ?? "", /name is not valid UTF-8/, name);
  for (const file of [
    "cp1252.txt",
    "sub dir/ünïcode/name with spaces ©.txt",
    "no-extension",
    "hostile.txt",
  ]) {
    assert.equal(statusOf(file)?.status, "archived", file);
  }
  assert.ok(report.warnings.some((w) => w.startsWith("empty.txt: skipped")));
});

test("Windows-1252 text is decoded, and the fallback is reported", () => {
  const file = statusOf("cp1252.txt");
  assert.equal(file?.encoding, "windows-1252");
  assert.ok(file?.warnings.some((w) => /Windows-1252/.test(w)));
});

test("a file deleted between listing and reading stops the ingest, naming it", async () => {
  await assert.rejects(
    readOne(input, "vanished.txt"),
    /cannot read the input file vanished\.txt \(ENOENT: no such file or directory\)/,
  );
  assert.ok("decoded" in (await readOne(input, "no-extension")));
});

test("hostile text is archived as text; nothing is written outside the output folder", async () => {
  const written = await allFiles(output);
  assert.ok(written.every((path) => path.startsWith(output)));
  const hostile = written.find((p) => p.includes("etc-passwd"));
  assert.ok(hostile, "hostile article written under a safe slug");
  assert.doesNotMatch(hostile.slice(output.length), /\.\./);
  const { data, content } = parseEntry(await readFile(hostile, "utf8"));
  assert.equal(data.title, "Officials Publish ../../etc/passwd In Full");
  assert.match(content, /^\\---js \{ title/m);
  assert.match(content, /\{\{ 7\\\*7 \}\}/);
  assert.match(content, /\\<script>/);
});

test("every slug is ASCII without separators or dots", async () => {
  for (const path of (await allFiles(output)).filter((p) => p.endsWith(".md"))) {
    const name = path.slice(path.lastIndexOf("/") + 1, -3);
    assert.match(name, /^[a-z0-9-]+$/);
  }
});

test("the CLI prints a summary, and --strict fails on warnings", () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/ingest.ts", "--no-cache", ...args], {
      encoding: "utf8",
    });
  const lenient = run(["--input", input, "--output", join(work, "cli")]);
  assert.equal(lenient.status, 0, lenient.stderr);
  assert.match(
    lenient.stdout,
    /files \(\d+ skipped\) → \d+ articles, \d+ stories, \d+ undated, \d+ warnings/,
  );
  // A file name's control characters are printed as escapes, never sent to the terminal.
  assert.ok(!lenient.stdout.includes("\u001b"), "no escape character reaches the terminal");
  assert.match(lenient.stdout, /warning: 0\\x1b\[2K\\x0dall good\.txt: skipped/);
  const strict = run(["--input", input, "--output", join(work, "cli"), "--strict"]);
  assert.equal(strict.status, 1);
  const missing = run(["--input", join(work, "nope"), "--output", join(work, "cli")]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /input folder not found/);
  const inside = run(["--input", input, "--output", work]);
  assert.equal(inside.status, 2);
  assert.match(inside.stderr, /must not be or contain the input/);
});
