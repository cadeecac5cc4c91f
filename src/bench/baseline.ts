// The bench's bare baseline: plain Eleventy with a one-line layout, then Pagefind, on the entries
// Clippings' ingest wrote, so the cost of Clippings' own pages and index shows as a ratio.

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import * as pagefind from "pagefind";
import { type BuildOptions, runStage } from "../site/build.ts";

const CONFIG = fileURLToPath(new URL("./baseline.eleventy.ts", import.meta.url));

/** Renders `articles` into `output` and indexes it. */
export async function buildBaseline(
  articles: string,
  output: string,
  onStage: BuildOptions["onStage"],
): Promise<void> {
  const eleventy = new Eleventy(articles, output, { configPath: CONFIG, quietMode: true });
  await runStage(onStage, "render", () => eleventy.write());
  return runStage(onStage, "index", () => indexFolder(output));
}

/** Pagefind's plainest use: index every page of a folder into its /pagefind/. */
async function indexFolder(site: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: site });
    const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
    const problems = [...added.errors, ...written.errors];
    if (problems.length > 0) throw new Error(`Pagefind: ${problems.join("; ")}`);
  } finally {
    await pagefind.close();
  }
}
