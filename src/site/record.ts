// The light, body-free view of an entry that listings, feeds and lookups use.
import type { Caption, DateBasis, Origin, TitleBasis } from "../types.ts";
import { type ArticleDate, dateKey, displayDate, isInferred, parseArticleDate } from "./dates.ts";

export interface ArticleRecord {
  url: string;
  id: string;
  title: string;
  /** Where the title came from; "corrected" when a person set it in the corrections file. */
  titleBasis: TitleBasis | "corrected";
  date: ArticleDate;
  /** Chronological sort key, also Pagefind's sort value ("0000" when undated). */
  dateKey: string;
  dateBasis: DateBasis;
  dateNote: string;
  /** The stated date is a revision's ("Updated: …"), not the publication's. */
  dateIsUpdate: boolean;
  source: string | null;
  byline: string | null;
  place: string | null;
  language: string;
  story: string;
  summary: string;
  wordCount: number;
  people: string[];
  places: string[];
  organizations: string[];
  origins: Origin[];
}

const str = (v: unknown, fallback = ""): string => (typeof v === "string" ? v : fallback);
const strOrNull = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string" && x !== "") : [];

/** The `origins` of an entry's front matter; malformed items are dropped. */
export function parseOrigins(v: unknown): Origin[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((o: unknown): Origin[] => {
    if (typeof o !== "object" || o === null) return [];
    const { file, index, lines, headline, byline, date, date_stated_as } = o as Record<
      string,
      unknown
    >;
    if (typeof file !== "string" || !Array.isArray(lines)) return [];
    const [from, to] = lines.map(Number);
    // What a folded copy says otherwise than the entry: a string, or null for nothing.
    const own = (value: unknown): string | null | undefined =>
      value === null ? null : typeof value === "string" ? value : undefined;
    return [
      {
        file,
        index: Number(index) || 1,
        lines: [from ?? 0, to ?? from ?? 0],
        ...(own(headline) !== undefined && { headline: own(headline) }),
        ...(own(byline) !== undefined && { byline: own(byline) }),
        ...(own(date) !== undefined && { date: own(date) }),
        ...(date_stated_as === "updated" && { date_stated_as: "updated" as const }),
      },
    ];
  });
}

const DATE_BASES: readonly DateBasis[] = ["explicit", "inferred", "story", "none"];
const TITLE_BASES: readonly TitleBasis[] = ["headline", "lede", "story"];

/** A title a person corrected is theirs; otherwise the ingest's basis, a headline when unknown. */
function titleBasisOf(data: Record<string, unknown>): ArticleRecord["titleBasis"] {
  if (strings(data.corrected).includes("title")) return "corrected";
  return TITLE_BASES.find((b) => b === data.title_basis) ?? "headline";
}

/** Reads an entry's front matter defensively: a missing field never breaks the site. */
export function toRecord(url: string, data: Record<string, unknown>): ArticleRecord {
  const date = parseArticleDate(data.date);
  const basis = DATE_BASES.find((b) => b === data.date_basis) ?? "none";
  const id = str(data.id, url);
  return {
    url,
    id,
    title: str(data.title).trim() || "Untitled",
    titleBasis: titleBasisOf(data),
    date,
    dateKey: dateKey(date),
    dateBasis: basis,
    dateNote: str(data.date_note),
    dateIsUpdate: basis === "explicit" && data.date_stated_as === "updated",
    source: strOrNull(data.source),
    byline: strOrNull(data.byline),
    place: strOrNull(data.place),
    language: str(data.language, "und"),
    story: str(data.story, id),
    summary: str(data.summary),
    wordCount: Number(data.word_count) || 0,
    people: strings(data.people),
    places: strings(data.places),
    organizations: strings(data.organizations),
    origins: parseOrigins(data.origins),
  };
}

/** On the same day, a stated date comes before an inferred one, and both before a story's. */
const BASIS_ORDER: Record<DateBasis, number> = { explicit: 0, inferred: 1, story: 2, none: 3 };

/** Chronological order; ties broken by how certain the date is, then title, then id. */
export function compareRecords(a: ArticleRecord, b: ArticleRecord): number {
  return (
    a.dateKey.localeCompare(b.dateKey) ||
    BASIS_ORDER[a.dateBasis] - BASIS_ORDER[b.dateBasis] ||
    a.title.localeCompare(b.title) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Records in chronological order, newest day first; within a day the order stays (stated dates
 * before inferred ones before stories'), as a plain reverse would turn it.
 */
export function newestFirst(records: readonly ArticleRecord[]): ArticleRecord[] {
  const days: ArticleRecord[][] = [];
  for (const record of records) {
    const day = days.at(-1);
    if (day?.[0]?.dateKey === record.dateKey) day.push(record);
    else days.push([record]);
  }
  return days.reverse().flat();
}

/**
 * The title as lists, feeds and search show it: one the text does not give (its first sentence,
 * or another version's headline) in square brackets, as citations mark a supplied title.
 */
export const listedTitle = (r: Pick<ArticleRecord, "title" | "titleBasis">): string =>
  isSuppliedTitle(r) ? `[${r.title}]` : r.title;

/** A title the text does not give: its first sentence, or another version's headline. */
export const isSuppliedTitle = (r: Pick<ArticleRecord, "titleBasis">): boolean =>
  r.titleBasis === "lede" || r.titleBasis === "story";

/** The date in words, marked as the pages mark it: "≈ 27 August 2020", "Updated 28 August 2020". */
export function dateWords(r: Pick<ArticleRecord, "date" | "dateBasis" | "dateIsUpdate">): string {
  const text = displayDate(r.date);
  if (isInferred(r.dateBasis)) return `≈ ${text}`;
  return r.dateIsUpdate ? `Updated ${text}` : text;
}

/** Captions from front matter, tolerating missing fields. */
export function toCaptions(v: unknown): Caption[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((c: unknown): Caption[] => {
    if (typeof c !== "object" || c === null) return [];
    const { text, credit, file_photo } = c as Record<string, unknown>;
    if (typeof text !== "string" || text === "") return [];
    return [{ text, credit: strOrNull(credit), file_photo: file_photo === true }];
  });
}
