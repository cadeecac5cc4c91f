// npm run ingest -- --input <dir> --output <dir> [--corrections <file>] [--cache <dir> | --no-cache] [--strict] [--quiet]
import { parseArgs } from "node:util";
import { failureMessage, printable } from "../src/errors.ts";
import { type IngestSummary, runIngest } from "../src/ingest.ts";

const USAGE =
  "usage: npm run ingest -- [--input content/raw] [--output content/articles] [--corrections FILE] [--cache DIR | --no-cache] [--strict] [--quiet]";
const WARNINGS_SHOWN = 10;

export function printSummary(
  summary: IngestSummary,
  output: string,
  log: (line: string) => void = console.log,
): void {
  const seconds = (Object.values(summary.timings).reduce((a, b) => a + b, 0) / 1000).toFixed(2);
  log(
    `${summary.files} files (${summary.skipped} skipped) → ${summary.articles} articles, ${summary.stories} stories, ` +
      `${summary.undated} undated, ${summary.warnings.length} warnings in ${seconds} s`,
  );
  log(
    `${summary.cached} files analysed before (cached); ${summary.written} entries written, ${summary.unchanged} unchanged, ` +
      `${summary.removed} removed; report: ${output}/_report.json`,
  );
  for (const warning of summary.warnings.slice(0, WARNINGS_SHOWN))
    log(`  warning: ${printable(warning)}`);
  if (summary.warnings.length > WARNINGS_SHOWN)
    log(`  … and ${summary.warnings.length - WARNINGS_SHOWN} more in the report`);
}

async function main(): Promise<number> {
  let values: {
    input: string;
    output: string;
    corrections?: string;
    cache?: string;
    "no-cache": boolean;
    strict: boolean;
    quiet: boolean;
  };
  try {
    values = parseArgs({
      options: {
        input: { type: "string", default: "content/raw" },
        output: { type: "string", default: "content/articles" },
        corrections: { type: "string" },
        cache: { type: "string" },
        "no-cache": { type: "boolean", default: false },
        strict: { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
      },
    }).values as typeof values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const summary = await runIngest({
    input: values.input,
    output: values.output,
    corrections: values.corrections,
    cache: values["no-cache"] ? false : values.cache,
    progress: !values.quiet,
  });
  if (!values.quiet) printSummary(summary, values.output);
  if (values.strict && summary.warnings.length > 0) {
    console.error(`--strict: ${summary.warnings.length} warnings`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`ingest failed: ${failureMessage(error)}`);
    process.exitCode = 2;
  },
);
