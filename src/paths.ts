import { mkdirSync } from "node:fs";
import { isAbsolute, relative, sep } from "node:path";

/** `path` relative to `folder`, "/"-separated on every system. */
export const relativePath = (folder: string, path: string): string =>
  relative(folder, path).split(sep).join("/");

/** Whether `path` is `folder` itself or lies below it. */
export const isInside = (folder: string, path: string): boolean => {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
};

/**
 * Makes folders (with their parents) synchronously, each once: a build writes thousands of files
 * into a few hundred folders.
 */
export function folderMaker(): (folder: string) => void {
  const made = new Set<string>();
  return (folder) => {
    if (made.has(folder)) return;
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  };
}
