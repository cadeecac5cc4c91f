// Child-process entry of the export: `node --import tsx export-child.ts TASK.json`. Prints the
// number of entries exported; a failure prints its message alone to stderr and exits non-zero,
// which the build reports.
import { readFile } from "node:fs/promises";
import { errorText } from "../errors.ts";
import { type ExportTask, exportArchive } from "./export.ts";

const taskFile = process.argv[2];
if (!taskFile) throw new Error("usage: export-child.ts TASK.json");
try {
  const task = JSON.parse(await readFile(taskFile, "utf8")) as ExportTask;
  process.stdout.write(`${await exportArchive(task)}\n`);
} catch (error) {
  process.stderr.write(`${errorText(error)}\n`);
  process.exitCode = 1;
}
