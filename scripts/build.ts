// npm run build -- [--input content/raw] [--articles content/articles] [--output _site]
//                  [--path-prefix /sub/] [--site-url https://example.org] [--no-ingest]
import { parseArgs } from "node:util";
import { buildSite } from "../src/site/build.ts";

const { values } = parseArgs({
  options: {
    input: { type: "string", default: "content/raw" },
    articles: { type: "string", default: "content/articles" },
    output: { type: "string", default: "_site" },
    "path-prefix": { type: "string", default: "/" },
    "site-url": { type: "string" },
    "no-ingest": { type: "boolean", default: false },
  },
});

const result = await buildSite({
  input: values.input,
  articles: values.articles,
  output: values.output,
  pathPrefix: values["path-prefix"],
  siteUrl: values["site-url"],
  ingest: !values["no-ingest"],
  quiet: true,
});
console.log(
  `Built ${result.entries} entries into ${result.output} (${result.shards} shard(s); ${result.indexedPages} article pages indexed for search) in ${result.seconds.toFixed(1)} s`,
);
