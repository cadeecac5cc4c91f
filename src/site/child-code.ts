// How the build's child processes (render parts, the export) start. Bundled (../bundle.ts), a
// render child loads natively and is ready for its task about 0.45 s sooner, with 0.85 s less CPU,
// than from the sources under tsx, and a build runs its render children one after another. The
// Eleventy config is bundled too, as Eleventy imports it by path. Where the bundles cannot be
// written, the children run the sources under tsx.

import { fileURLToPath } from "node:url";
import { bundleModule, oncePerProcess } from "../bundle.ts";

export interface ChildCode {
  /** node's arguments before the task file: a render part's child, the export's child. */
  render: string[];
  export: string[];
  /** The Eleventy config file every render part loads. */
  eleventyConfig: string;
}

const SOURCES = {
  render: new URL("./render-child.ts", import.meta.url),
  export: new URL("./export-child.ts", import.meta.url),
  eleventyConfig: new URL("../../.eleventy.ts", import.meta.url),
};

const underTsx = (source: URL): string[] => [
  "--import",
  import.meta.resolve("tsx"),
  fileURLToPath(source),
];

const FROM_SOURCES: ChildCode = {
  render: underTsx(SOURCES.render),
  export: underTsx(SOURCES.export),
  eleventyConfig: fileURLToPath(SOURCES.eleventyConfig),
};

/**
 * The children's environment. Eleventy registers an ESM resolver on import, so that watch mode
 * can import an edited file again: on Node 20 a loader thread every later import waits on. A
 * child renders once and never imports a file twice, so it skips that (Eleventy's own switch).
 */
export const childEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  ELEVENTY_SKIP_ESM_RESOLVER: "1",
});

/** The children's bundles in `folder`, or where they cannot be written there the sources. */
export function childCodeIn(folder: URL): Promise<ChildCode> {
  return Promise.all([
    bundleModule(SOURCES.render, "render-child", folder),
    bundleModule(SOURCES.export, "export-child", folder),
    bundleModule(SOURCES.eleventyConfig, "eleventy-config", folder),
  ]).then(
    ([render, exporter, config]): ChildCode => ({
      render: [fileURLToPath(render)],
      export: [fileURLToPath(exporter)],
      eleventyConfig: fileURLToPath(config),
    }),
    () => FROM_SOURCES,
  );
}

/** The code this process's builds start their children from, made once. */
export const buildChildCode = oncePerProcess(childCodeIn);
