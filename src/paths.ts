import { isAbsolute, relative } from "node:path";

/** Whether `path` is `folder` itself or lies below it. */
export const isInside = (folder: string, path: string): boolean => {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
};
