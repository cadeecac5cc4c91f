// npm start -- [--input content/raw] [--articles content/articles] [--output _site] [--port 8080]
// Builds the site, serves it on 127.0.0.1 with live reload, and re-ingests and rebuilds
// whenever a raw file changes.
import { watch } from "node:fs";
import { parseArgs } from "node:util";
import { failureMessage } from "../src/errors.ts";
import { buildSite } from "../src/site/build.ts";
import { serveStatic } from "../src/site/static-server.ts";

const { values } = parseArgs({
  options: {
    input: { type: "string", default: "content/raw" },
    articles: { type: "string", default: "content/articles" },
    output: { type: "string", default: "_site" },
    port: { type: "string", default: "8080" },
  },
});
const options = { input: values.input, articles: values.articles, output: values.output };

async function build(): Promise<boolean> {
  try {
    const result = await buildSite(options);
    console.log(`Built ${result.entries} entries in ${result.seconds.toFixed(1)} s`);
    return true;
  } catch (error) {
    console.error(`Build failed (the previous site is still served): ${failureMessage(error)}`);
    return false;
  }
}

await build();
const server = await serveStatic(values.output, { port: Number(values.port), liveReload: true });
console.log(`Serving ${values.output} at ${server.url} — watching ${values.input} for changes`);

let timer: NodeJS.Timeout | undefined;
let building = Promise.resolve();
watch(values.input, { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    building = building.then(async () => {
      if (await build()) server.reload();
    });
  }, 300);
});

process.on("SIGINT", () => {
  void server.close().then(() => process.exit(0));
});
