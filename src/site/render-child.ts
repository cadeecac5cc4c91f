// Child-process entry of a render part: `node --import tsx render-child.ts TASK.json`.
// Errors go to stderr with a non-zero exit, which the build reports with the part's name.
import { readFile } from "node:fs/promises";
import { type RenderTask, renderPart } from "./render-part.ts";

const taskFile = process.argv[2];
if (!taskFile) throw new Error("usage: render-child.ts TASK.json");
await renderPart(JSON.parse(await readFile(taskFile, "utf8")) as RenderTask);
