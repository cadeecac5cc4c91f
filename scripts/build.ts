// npm run build -- [--input content/raw] [--articles content/articles] [--output _site]
//                  [--path-prefix /sub/] [--site-url https://example.org] [--no-ingest]
//                  [--cache DIR | --no-cache] [--no-reuse]
// Exit status: 0 built, 1 the build failed (the previous site is left as it was), 2 bad arguments.
import { parseArgs } from "node:util";
import { failureMessage } from "../src/errors.ts";
import { buildSite, DEFAULT_SITE } from "../src/site/build.ts";

const USAGE =
  "usage: npm run build -- [--input content/raw] [--articles content/articles] [--output _site] [--path-prefix /sub/] [--site-url URL] [--no-ingest] [--cache DIR | --no-cache] [--no-reuse]";

function options() {
  return parseArgs({
    options: {
      input: { type: "string", default: "content/raw" },
      articles: { type: "string", default: "content/articles" },
      output: { type: "string", default: "_site" },
      "path-prefix": { type: "string", default: "/" },
      "site-url": { type: "string" },
      "no-ingest": { type: "boolean", default: false },
      cache: { type: "string" },
      "no-cache": { type: "boolean", default: false },
      "no-reuse": { type: "boolean", default: false },
    },
  }).values;
}

async function main(): Promise<number> {
  let values: ReturnType<typeof options>;
  try {
    values = options();
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  try {
    const result = await buildSite({
      input: values.input,
      articles: values.articles,
      output: values.output,
      pathPrefix: values["path-prefix"],
      siteUrl: values["site-url"],
      ingest: !values["no-ingest"],
      cache: values["no-cache"] ? false : values.cache,
      reuse: !values["no-reuse"],
      quiet: true,
    });
    console.log(
      `Built ${result.entries} entries into ${result.output} (${result.shards} shard(s); ${result.indexedPages} article pages indexed for search) in ${result.seconds.toFixed(1)} s; ` +
        `${result.renderedPages} pages rendered, ${result.reusedPages} unchanged and ${result.reusedBundles} search bundle(s) taken from the previous build`,
    );
    if (values["site-url"] === undefined)
      console.log(
        `note: no --site-url given, so citations, feeds, the sitemap and robots.txt name ${DEFAULT_SITE.siteUrl}; pass the address the site will be served at before publishing it`,
      );
    return 0;
  } catch (error) {
    console.error(`build failed: ${failureMessage(error)}`);
    console.error(`${values.output} is left as it was.`);
    return 1;
  }
}

process.exitCode = await main();
