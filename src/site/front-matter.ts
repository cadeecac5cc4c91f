// Entry front matter: plain YAML 1.2 (core schema: no timestamps, no executable types).
// js-yaml parses it several times faster than `yaml`, which matters when every build reads
// every entry; but js-yaml expands aliases without a limit, so a document that might hold an
// anchor or alias goes to `yaml`, whose alias limits stop "billion laughs" documents.
import { CORE_SCHEMA, load } from "js-yaml";
import { parse as parseYaml } from "yaml";

/** An `&anchor` or `*alias` token could start here (a false alarm only costs speed). */
const MAYBE_ALIAS = /(?:^|[\s[{,:-])[&*][^\s,\]}]/;

export function parseFrontMatter(source: string): unknown {
  if (MAYBE_ALIAS.test(source)) return parseYaml(source);
  return load(source, { schema: CORE_SCHEMA }) ?? null; // an empty document is null, as in `yaml`
}
