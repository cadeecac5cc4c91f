// Project code bundled for processes and threads that start without tsx. Loading the sources
// through tsx costs a fresh thread or process about 0.5–1 s of CPU (every module resolved through
// its hooks thread); one ES module bundled by esbuild (the compiler tsx itself runs) loads
// natively. Packages stay outside the bundle and load from node_modules as they do elsewhere, and
// each module keeps its own import.meta.url, so files it finds beside itself (layout assets, the
// Eleventy config, the sources a code version hashes) are the same as when run from source.

import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

/** Inside node_modules, so the bundles' packages resolve from there; npm ci clears it. */
const BUNDLE_FOLDER = new URL("../node_modules/.cache/clippings/", import.meta.url);

/** `make(BUNDLE_FOLDER)`, made once per process and shared by every caller. */
export function oncePerProcess<T>(make: (folder: URL) => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => {
    made ??= make(BUNDLE_FOLDER);
    return made;
  };
}

const MODULE_URL = "__moduleUrl";

/** Every TypeScript module gets a constant of its own source URL, read as import.meta.url. */
const sourceUrls: Plugin = {
  name: "source-urls",
  setup(bundler) {
    bundler.onLoad({ filter: /\.ts$/ }, async ({ path }) => ({
      contents: `const ${MODULE_URL} = ${JSON.stringify(pathToFileURL(path).href)};\n${await readFile(path, "utf8")}`,
      loader: "ts",
    }));
  },
};

/**
 * Bundles the module `entry` into `folder` as `<name>-<hash of its content>.mjs` (written once,
 * whole, so processes bundling at once agree on the bytes) and returns the bundle's URL.
 */
export async function bundleModule(entry: URL, name: string, folder: URL): Promise<URL> {
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    define: { "import.meta.url": MODULE_URL },
    plugins: [sourceUrls],
    write: false,
    logLevel: "silent",
  });
  const code = outputFiles[0]?.text ?? "";
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const file = new URL(`${name}-${hash}.mjs`, folder);
  if (!existsSync(file)) {
    await mkdir(folder, { recursive: true });
    const partial = new URL(`${file.href}.${process.pid}.partial`);
    await writeFile(partial, code);
    await rename(partial, file);
  }
  return file;
}
