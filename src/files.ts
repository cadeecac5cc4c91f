import {
  readFile as readFileWithCallback,
  stat as statWithCallback,
  writeFile as writeFileWithCallback,
} from "node:fs";
import { promisify } from "node:util";

// The callback API behind promises: fs/promises goes through a FileHandle and a promise per step,
// about twice the CPU per file, and a run reads and writes tens of thousands of small files.
export const readFile = promisify(readFileWithCallback);
export const writeFile = promisify(writeFileWithCallback);
export const stat = promisify(statWithCallback);
