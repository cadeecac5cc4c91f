// The bench's bare baseline: plain Eleventy with a one-line layout, then Pagefind, on the entries
// Clippings' ingest wrote, so the cost of Clippings' own pages and index shows as a ratio.

import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { type BuildOptions, indexSearch, runStage } from "../site/build.ts";

const CONFIG = fileURLToPath(new URL("./baseline.eleventy.ts", import.meta.url));

/** Renders `articles` into `output` and indexes it; returns the number of pages indexed. */
export async function buildBaseline(
  articles: string,
  output: string,
  onStage: BuildOptions["onStage"],
): Promise<number> {
  const eleventy = new Eleventy(articles, output, { configPath: CONFIG, quietMode: true });
  await runStage(onStage, "render", () => eleventy.write());
  return runStage(onStage, "index", () => indexSearch(output));
}
