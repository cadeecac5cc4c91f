import picomatch from "picomatch";
import { parse } from "yaml";
import { normaliseText } from "./decode.ts";
import type { ArticleFrontMatter, DatePrecision } from "./types.ts";

/** Fields that cannot be empty: an entry needs a title, and a named source or language. */
const REQUIRED = new Set<string>(["title", "date", "source", "language"]);

/** Fields a person may correct, and whether the value is a list of names. */
const CORRECTABLE = {
  title: "text",
  date: "text",
  source: "text",
  byline: "text",
  place: "text",
  summary: "text",
  language: "text",
  people: "list",
  places: "list",
  organizations: "list",
} as const;

type CorrectableField = keyof typeof CORRECTABLE;
export type ArticleCorrection = Partial<Record<CorrectableField, string | string[]>>;

export interface Corrections {
  articles: ReadonlyMap<string, ArticleCorrection>;
  /** Source by glob over input paths, in file order: the first match wins. */
  sources: ReadonlyArray<{ glob: string; source: string; matches: (path: string) => boolean }>;
  warnings: string[];
}

export const NO_CORRECTIONS: Corrections = { articles: new Map(), sources: [], warnings: [] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function readArticleCorrection(id: string, raw: unknown, warnings: string[]): ArticleCorrection {
  const correction: ArticleCorrection = {};
  if (!isRecord(raw)) {
    warnings.push(`corrections: entry "${id}" is not a mapping of fields; ignored`);
    return correction;
  }
  for (const [field, value] of Object.entries(raw)) {
    const shape = CORRECTABLE[field as CorrectableField];
    // Values are typed by a person: the same clean-up as raw text (controls, bidi overrides out).
    const text =
      typeof value === "string" || typeof value === "number"
        ? normaliseText(String(value)).trim()
        : null;
    if (shape === "text" && text !== null && (text !== "" || !REQUIRED.has(field))) {
      correction[field as CorrectableField] = text;
    } else if (
      shape === "list" &&
      Array.isArray(value) &&
      value.every((v) => typeof v === "string")
    ) {
      correction[field as CorrectableField] = value
        .map((name) => normaliseText(name).trim())
        .filter((name) => name !== "");
    } else {
      warnings.push(
        `corrections: "${id}.${field}" is not a correctable field of the right type (or is empty); ignored`,
      );
    }
  }
  return correction;
}

/** A glob's matcher, or null for one picomatch refuses (over 64 KiB, say). */
function globMatcher(glob: string): ((path: string) => boolean) | null {
  try {
    return picomatch(glob, { dot: true });
  } catch {
    return null;
  }
}

/**
 * Parse content/corrections.yaml:
 *   articles: { <id>: { title: …, date: 2020-08-27, source: … } }
 *   sources: { "channelstv/**": Channels Television }
 * YAML 1.2 core schema: no custom tags, dates stay text, aliases bounded (no YAML bombs).
 */
export function parseCorrections(text: string, file = "corrections.yaml"): Corrections {
  const warnings: string[] = [];
  let doc: unknown;
  try {
    doc = parse(text, { schema: "core", maxAliasCount: 50, uniqueKeys: true });
  } catch (error) {
    return {
      ...NO_CORRECTIONS,
      warnings: [
        `${file}: not valid YAML (${(error as Error).message.split("\n")[0]}); no corrections applied`,
      ],
    };
  }
  if (doc === null || doc === undefined) return NO_CORRECTIONS;
  if (!isRecord(doc))
    return {
      ...NO_CORRECTIONS,
      warnings: [`${file}: expected "articles:" and "sources:" sections`],
    };
  const articles = new Map<string, ArticleCorrection>();
  for (const [id, raw] of Object.entries(isRecord(doc.articles) ? doc.articles : {})) {
    articles.set(id, readArticleCorrection(id, raw, warnings));
  }
  const sources: Corrections["sources"][number][] = [];
  for (const [glob, source] of Object.entries(isRecord(doc.sources) ? doc.sources : {})) {
    const name = typeof source === "string" ? normaliseText(source).trim() : "";
    const matches = name ? globMatcher(glob) : null;
    if (matches) sources.push({ glob, source: name, matches });
    else if (!name) warnings.push(`${file}: source for "${glob}" is not a name; ignored`);
    else warnings.push(`${file}: "${glob.slice(0, 80)}" is not a usable glob; ignored`);
  }
  return { articles, sources, warnings };
}

/** The publisher a corrections glob names for an input file, if any. */
export function sourceForFile(corrections: Corrections, file: string): string | null {
  return corrections.sources.find((s) => s.matches(file))?.source ?? null;
}

const CORRECTED_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-](\d{2}):(\d{2}))?)?)?)?$/;

/** The precision of a date written by hand, or null unless it is a real day, time and zone. */
function precisionOf(date: string): DatePrecision | null {
  const match = CORRECTED_DATE.exec(date);
  if (!match) return null;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part)));
  const within = (value: number | undefined, low: number, high: number): boolean =>
    value === undefined || (value >= low && value <= high);
  if (!within(month, 1, 12)) return null;
  if (day !== undefined) {
    // The day must exist in its month: 2021-02-30 does not.
    const calendar = new Date(0);
    calendar.setUTCFullYear(year ?? 0, (month ?? 1) - 1, day);
    if (calendar.getUTCDate() !== day || calendar.getUTCMonth() !== (month ?? 1) - 1) return null;
  }
  const clock =
    within(hour, 0, 23) &&
    within(minute, 0, 59) &&
    within(second, 0, 59) &&
    within(offsetHours, 0, 14) &&
    within(offsetMinutes, 0, 59);
  if (!clock) return null;
  return day !== undefined ? "day" : month !== undefined ? "month" : "year";
}

/** Apply a person's corrections to an entry; the entry records which fields were corrected. */
export function applyCorrection(
  frontMatter: ArticleFrontMatter,
  correction: ArticleCorrection | undefined,
  warnings: string[],
): ArticleFrontMatter {
  if (!correction) return frontMatter;
  const corrected: ArticleFrontMatter = { ...frontMatter };
  const fields: string[] = [];
  for (const [field, value] of Object.entries(correction) as [
    CorrectableField,
    string | string[],
  ][]) {
    if (field === "date") {
      const precision = typeof value === "string" ? precisionOf(value) : null;
      if (!precision) {
        warnings.push(
          `corrections: date "${String(value)}" for ${frontMatter.id} is not a real YYYY, YYYY-MM or YYYY-MM-DD (with a valid time and zone, if any); ignored`,
        );
        continue;
      }
      Object.assign(corrected, {
        date: value,
        date_precision: precision,
        date_basis: "explicit",
        date_note: "Set by hand in content/corrections.yaml.",
        date_stated_as: undefined,
      });
    } else if (field === "source") {
      Object.assign(corrected, { source: value, source_basis: "corrections" });
    } else Object.assign(corrected, { [field]: value });
    fields.push(field);
  }
  return fields.length ? { ...corrected, corrected: fields.sort() } : corrected;
}
