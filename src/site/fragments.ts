// Search fragments kept from the previous site. Pagefind writes a search bundle whole, but each
// page's fragment (the data its result shows) is a file named by a hash of that data, which
// Pagefind does not write again when the file is already there: gzipping every fragment at its
// best level is about half the time of writing a bundle. So a rebuild links the fragments of the
// pages it took unchanged from the previous site into each bundle it indexes again, before
// Pagefind writes it, and checks afterwards that the bundle is what Pagefind alone would write.
import { copyFile, link, mkdir, readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { mapConcurrently } from "../concurrency.ts";
import { FILES_AT_ONCE } from "./export.ts";

/**
 * A fragment's file name when no other fragment of its bundle shares the first 7 hex digits of
 * its hash; Pagefind names one that does by a longer prefix.
 */
const PLAIN_NAME = /^[^_/]+_[0-9a-f]{7}\.pf_fragment$/;
/** What Pagefind writes before a fragment's JSON, inside the gzip stream. */
const FRAGMENT_MARK = "pagefind_dcd";

/** A bundle's folder of fragments. */
export const fragmentFolder = (bundleFolder: string): string => join(bundleFolder, "fragment");

/** Makes `target` the same file as `source`: a hard link, or a copy where none can be made. */
export async function linkOrCopy(source: string, target: string): Promise<void> {
  try {
    await link(source, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EXDEV" && code !== "EPERM") throw error;
    await copyFile(source, target);
  }
}

/** The URL a fragment file is of, or null when it is not a fragment Pagefind wrote. */
function fragmentUrl(bytes: Buffer): string | null {
  try {
    const text = gunzipSync(bytes).toString("utf8");
    if (!text.startsWith(FRAGMENT_MARK)) return null;
    const { url } = JSON.parse(text.slice(FRAGMENT_MARK.length)) as { url?: unknown };
    return typeof url === "string" ? url : null;
  } catch {
    return null;
  }
}

/**
 * The fragment files of the pages at `urls` among `bundleFolders` of the previous site, by URL.
 * Only plainly named ones: a fragment renamed for a collision there may be named otherwise now.
 */
export async function previousFragments(
  bundleFolders: readonly string[],
  urls: ReadonlySet<string>,
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (urls.size === 0) return found;
  for (const bundle of bundleFolders) {
    const folder = fragmentFolder(bundle);
    const names = await readdir(folder).catch(() => []);
    const files = names.filter((name) => PLAIN_NAME.test(name)).map((name) => join(folder, name));
    const pageUrls = await mapConcurrently(files, FILES_AT_ONCE, (file) =>
      readFile(file).then(fragmentUrl, () => null),
    );
    files.forEach((file, i) => {
      const url = pageUrls[i];
      if (url && urls.has(url)) found.set(url, file);
    });
  }
  return found;
}

/** Links the previous fragments of `urls` into a bundle's folder before Pagefind writes it. */
export async function seedFragments(
  previous: ReadonlyMap<string, string>,
  urls: readonly string[],
  bundleFolder: string,
): Promise<number> {
  const sources = urls.flatMap((url) => previous.get(url) ?? []);
  if (sources.length === 0) return 0;
  const folder = fragmentFolder(bundleFolder);
  await mkdir(folder, { recursive: true });
  await mapConcurrently(sources, FILES_AT_ONCE, (source) =>
    linkOrCopy(source, join(folder, basename(source))),
  );
  return sources.length;
}

/**
 * Whether a bundle written over seeded fragments is the bundle Pagefind alone writes: it holds
 * one fragment per record and all are plainly named. A seed that Pagefind named otherwise (another
 * version's data) would be one file too many. A seed whose name Pagefind gave another record
 * (the two hashes begin alike, and that record's fragment was then never written) leaves the
 * seed's own record under a longer name. Either way the bundle is indexed again without seeds.
 */
export async function seedsHeld(bundleFolder: string, records: number): Promise<boolean> {
  const names = await readdir(fragmentFolder(bundleFolder));
  return names.length === records && names.every((name) => PLAIN_NAME.test(name));
}
