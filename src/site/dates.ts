// Article dates in their own precision: parsed from the front-matter string, displayed
// with date-fns, and turned into keys that sort chronologically as plain strings.
import { format } from "date-fns";
import type { DateBasis } from "../types.ts";

export type Precision = "day" | "month" | "year" | "none";

export interface ArticleDate {
  precision: Precision;
  year?: number;
  month?: number;
  day?: number;
  /** "HH:MM" and "+05:30" when the entry has a full datetime. */
  time?: string;
  offset?: string;
}

const DATE_RE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" or an ISO datetime; anything else is undated. */
export function parseArticleDate(value: unknown): ArticleDate {
  const text = typeof value === "number" ? String(value) : value;
  const m = typeof text === "string" ? DATE_RE.exec(text.trim()) : null;
  if (!m) return { precision: "none" };
  const [, y, mo, d, time, offset] = m;
  const year = Number(y);
  if (mo === undefined) return { precision: "year", year };
  const month = Number(mo);
  if (d === undefined) return { precision: "month", year, month };
  return {
    precision: "day",
    year,
    month,
    day: Number(d),
    ...(time ? { time } : {}),
    ...(offset ? { offset: offset === "Z" ? "+00:00" : offset } : {}),
  };
}

function localDate(date: ArticleDate): Date {
  return new Date(date.year ?? 0, (date.month ?? 1) - 1, date.day ?? 1);
}

/** Each date's text, by its key: a listing shows the same days many times over. */
const displayed = new Map<string, string>();

/** "27 August 2020", "August 2020", "2020" or "Undated". */
export function displayDate(date: ArticleDate): string {
  const key = dateKey(date);
  let text = displayed.get(key);
  if (text === undefined) {
    text = formatDate(date);
    displayed.set(key, text);
  }
  return text;
}

function formatDate(date: ArticleDate): string {
  switch (date.precision) {
    case "day":
      return format(localDate(date), "d MMMM yyyy");
    case "month":
      return format(localDate(date), "MMMM yyyy");
    case "year":
      return String(date.year);
    case "none":
      return "Undated";
  }
}

/** The time of day when the entry has one: "07:51 (UTC+05:30)". */
export function displayTime(date: ArticleDate): string | null {
  if (!date.time) return null;
  return `${date.time}${date.offset ? ` (UTC${date.offset})` : ""}`;
}

const pad = (n: number | undefined): string => String(n ?? 0).padStart(2, "0");

/** "2020-08-27", "2020-08", "2020"; undated sorts first as "0000". Also the `datetime` value. */
export function dateKey(date: ArticleDate): string {
  switch (date.precision) {
    case "day":
      return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
    case "month":
      return `${date.year}-${pad(date.month)}`;
    case "year":
      return String(date.year);
    case "none":
      return "0000";
  }
}

/**
 * A full RFC 3339 timestamp for feeds (the first day of the period when the date is coarse). A
 * day without a time is given at noon UTC, so readers from UTC−11 to UTC+11 show that same day;
 * so is a time without a zone, which would otherwise be claimed as UTC.
 */
export function isoTimestamp(date: ArticleDate): string | null {
  if (date.precision === "none") return null;
  const day = `${date.year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
  return date.time && date.offset ? `${day}T${date.time}:00${date.offset}` : `${day}T12:00:00Z`;
}

export function isInferred(basis: DateBasis): boolean {
  return basis === "inferred" || basis === "story";
}

/** The note beside an inferred date: the entry's own, or a plain warning when it has none. */
export const inferredDateNote = (note: string): string =>
  note || "Date inferred, not stated in the text";

export function monthName(year: number, month: number): string {
  return format(new Date(year, month - 1, 1), "MMMM yyyy");
}
