import { UTCDate } from "@date-fns/utc";
import * as chrono from "chrono-node";
// One module each: the package's index loads all of date-fns, in every analysis thread.
import { addDays } from "date-fns/addDays";
import { format } from "date-fns/format";
import { getDay } from "date-fns/getDay";
import type { Caption, DateBasis, DatePrecision } from "./types.ts";

export interface ArticleDate {
  /** "YYYY-MM-DD", "YYYY-MM", "YYYY", or "YYYY-MM-DDTHH:mm[:ss][±hh:mm]"; absent when undated. */
  date?: string;
  precision: DatePrecision;
  basis: DateBasis;
  note: string;
  /** "updated" when the text gives the date as that of a revision ("Updated: …"). */
  statedAs?: "updated";
}

export interface DateEvidence {
  /** Lines above the body that state the publication date ("Updated: Aug 28, 2020, 07:51 AM IST"). */
  statements: readonly string[];
  /** Such lines below the first paragraph (a comment's stamp): used only when those above fail. */
  laterStatements?: readonly string[];
  /** Page-header lines under the headline: a full date in them is the publication date too. */
  headerStatements?: readonly string[];
  /** Page-header lines above the headline (a masthead's "today"): used when nothing else states one. */
  mastheadStatements?: readonly string[];
  captions: readonly Caption[];
  paragraphs: readonly string[];
  language: string;
}

export const UNDATED: ArticleDate = {
  precision: "none",
  basis: "none",
  note: "The text states no publication date and none could be inferred.",
};

type Parser = Pick<typeof chrono, "parse">;

/**
 * A year-first numeric date ("2016.12.01", "2016/12/1", Korean "2019. 11. 19."), read the same way
 * everywhere (chrono knows the dotted form only in English, Italian and Dutch, and reads version
 * numbers with it: see noVersionNumbers). Dotted without
 * spaces it must be zero-padded and end there, as a version number ("Unity 2019.3.1",
 * "2019.11.19.1") does not.
 */
const yearFirstDate: chrono.Parser = {
  pattern: () =>
    /(?<![\d.])((?:19|20)\d{2})(?:([/-])(\d{1,2})\2(\d{1,2})|\.(\d{2})\.(\d{2})|\. (\d{1,2})\. (\d{1,2})\.?)(?!\d|\.\d)/,
  extract: (_context, match) => ({
    year: Number(match[1]),
    month: Number(match[3] ?? match[5] ?? match[7]),
    day: Number(match[4] ?? match[6] ?? match[8]),
  }),
};

/** "2019.3.1", or a dotted date another number follows or precedes ("2019.11.19.1"): a version. */
const VERSION_LIKE = /^\d{4}\.(?:\d\.\d{1,2}|\d{2}\.\d)$/u;
const VERSION_AROUND = /[\d.]$/u;
const VERSION_AFTER = /^\.\d/u;

/**
 * Drops what chrono's own year-first parsers (English, Italian, Dutch) read off a version number:
 * "Unity 2019.3.1", "2019.11.19.1". Its other forms ("2019 Nov 19", "2019-11-19") stay.
 */
const noVersionNumbers: chrono.Refiner = {
  refine: (context, results) =>
    results.filter((result) => {
      if (!/^\d{4}\.\d/u.test(result.text)) return true;
      const before = context.text.slice(0, result.index);
      const after = context.text.slice(result.index + result.text.length);
      return !(
        VERSION_LIKE.test(result.text) ||
        VERSION_AROUND.test(before) ||
        VERSION_AFTER.test(after)
      );
    }),
};

function withYearFirstDates(locale: { casual: chrono.Chrono }): Parser {
  const parser = locale.casual.clone();
  parser.parsers.push(yearFirstDate);
  parser.refiners.push(noVersionNumbers);
  return parser;
}

const PARSERS: Record<string, Parser> = Object.fromEntries(
  Object.entries({
    en: chrono.en,
    de: chrono.de,
    fr: chrono.fr,
    es: chrono.es,
    it: chrono.it,
    nl: chrono.nl,
    pt: chrono.pt,
    ru: chrono.ru,
    sv: chrono.sv,
    fi: chrono.fi,
    uk: chrono.uk,
    ja: chrono.ja,
    zh: chrono.zh,
    id: chrono.id,
    vi: chrono.vi,
  }).map(([language, locale]) => [language, withYearFirstDates(locale)]),
);
const ENGLISH = PARSERS.en as Parser;
// Only fully stated components are used, so the reference date never leaks into a result;
// it is fixed so that parsing never depends on the clock.
const REFERENCE = new UTCDate(2000, 0, 1, 12);
/** Reports name the days of their events near the top; later weekdays are background. */
const WEEKDAY_PARAGRAPHS = 8;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

// Relative phrases ("1 hour ago", "yesterday") resolve against the reference date, so a date is
// taken as stated only when parsing against a second reference gives the same instant.
const SECOND_REFERENCE = new UTCDate(2010, 6, 15, 12);

function parse(text: string, language: string, reference = REFERENCE): chrono.ParsedResult[] {
  return (PARSERS[language] ?? ENGLISH).parse(text, reference);
}

const YEAR_DIGIT = /[\p{Nd}〇一二三四五六七八九十零]/u;

/**
 * The last statements parsed: the report's check (statesADate) asks again about the ones the date
 * stage just read, and chrono is the costliest part of either. Results are never changed.
 */
const recentlyParsed = new Map<string, readonly chrono.ParsedResult[]>();
const RECENTLY_PARSED_MAX = 64;

/** Dates the text states outright: relative phrases are dropped. */
function parseStated(text: string, language: string): readonly chrono.ParsedResult[] {
  // A year is written in digits (Western, full-width or CJK): text without any states no date.
  if (!YEAR_DIGIT.test(text)) return [];
  const key = `${language}\u0000${text}`;
  const known = recentlyParsed.get(key);
  if (known) return known;
  const found = parseStatedAnew(text, language);
  if (recentlyParsed.size >= RECENTLY_PARSED_MAX) recentlyParsed.clear();
  recentlyParsed.set(key, found);
  return found;
}

function parseStatedAnew(text: string, language: string): chrono.ParsedResult[] {
  const parser = PARSERS[language] ?? ENGLISH;
  const instant = (r: chrono.ParsedResult): number => r.start.date().getTime();
  // Only a result with a year can be a stated date. One that spells its year out ("Aug 28, 2020")
  // is not relative to the reference; for the others ("yesterday", "28/08/20") a second parse
  // confirms it.
  const found = parser.parse(text, REFERENCE).filter((r) => r.start.isCertain("year"));
  const spellsYear = (r: chrono.ParsedResult): boolean =>
    r.text.includes(String(r.start.get("year")));
  if (found.every(spellsYear)) return found;
  const elsewhere = new Map(
    parser.parse(text, SECOND_REFERENCE).map((r) => [`${r.index}:${r.text}`, instant(r)]),
  );
  return found.filter((r) => spellsYear(r) || elsewhere.get(`${r.index}:${r.text}`) === instant(r));
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** A calendar day in UTC, so date-fns computes the same weekdays in every time zone. */
function calendarDay(year: number, month: number, day: number): Date {
  return new UTCDate(year, month - 1, day);
}

/** "2020-08-27" as a calendar day. */
function dayFromIso(iso: string): Date {
  const [year, month, day] = iso.split("-").map(Number);
  return calendarDay(year ?? 0, month ?? 1, day ?? 1);
}

function isoDay(day: Date): string {
  return format(day, "yyyy-MM-dd");
}

/** Human form of a day, for notes: "27 August 2020 (a Thursday)". */
function describeDay(day: Date): string {
  return `${format(day, "d MMMM yyyy")} (a ${WEEKDAYS[getDay(day)]})`;
}

/** An all-numeric date: "04/03/2021", "12.03.2021", "05-06-21". */
const NUMERIC_DATE = /(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)/;

/** The day of the calendar, or null when it has none such (month 13, 30 February). */
function existingDay(year: number, month: number, day: number): Date | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const date = calendarDay(year, month, day);
  return date.getUTCMonth() === month - 1 ? date : null;
}

/**
 * The days a full date can mean, and those its named weekday allows. chrono's English parser
 * (also used for languages without a parser of their own) reads "04/03/2021" month first, but
 * much of the world puts the day first: each reading the calendar has stands. Dots are written
 * day first ("12.03.2021") when that reading exists.
 */
function readingsOf(
  result: chrono.ParsedResult,
  language: string,
): { readings: Date[]; days: Date[] } {
  const c = result.start;
  const year = c.get("year") ?? 0;
  const readsMonthFirst = (PARSERS[language] ?? ENGLISH) === ENGLISH;
  const numeric = readsMonthFirst ? NUMERIC_DATE.exec(result.text) : null;
  let readings = [calendarDay(year, c.get("month") ?? 1, c.get("day") ?? 1)];
  if (numeric) {
    const [first, second] = [Number(numeric[1]), Number(numeric[3])];
    const dayFirst = existingDay(year, second, first);
    const monthFirst = existingDay(year, first, second);
    readings =
      numeric[2] === "." && dayFirst
        ? [dayFirst]
        : [monthFirst, first === second ? null : dayFirst].filter((d): d is Date => d !== null);
  }
  const weekday = c.isCertain("weekday") ? c.get("weekday") : null;
  const days = weekday === null ? readings : readings.filter((day) => getDay(day) === weekday);
  return { readings, days };
}

/** The one day a full date means, or null when it is partial, ambiguous or self-contradictory. */
function fullDay(result: chrono.ParsedResult, language: string): Date | null {
  const c = result.start;
  if (!(c.isCertain("year") && c.isCertain("month") && c.isCertain("day"))) return null;
  const { days } = readingsOf(result, language);
  return days.length === 1 ? (days[0] ?? null) : null;
}

/**
 * A full date the text states that does not settle one day (two readings, or a weekday that
 * contradicts it): only what all readings share, the month or the year, is certain.
 */
function unsettledDay(
  result: chrono.ParsedResult,
  { readings, days }: { readings: Date[]; days: Date[] },
  year: number,
  note: string,
): ArticleDate {
  const weekday = WEEKDAYS[result.start.get("weekday") ?? 0];
  const named = result.start.isCertain("weekday");
  const [only] = readings;
  const why =
    readings.length === 0
      ? "the calendar has no such day"
      : readings.length === 1 && only
        ? `${describeDay(only)} is not a ${weekday}`
        : named && days.length === 0
          ? `neither ${readings.map(describeDay).join(" nor ")} is a ${weekday}`
          : named
            ? `both ${readings.map(describeDay).join(" and ")} are ${weekday}s`
            : `it can be read as ${readings.map(describeDay).join(" or ")}`;
  const months = new Set(readings.map((day) => format(day, "yyyy-MM")));
  const [month] = months;
  return months.size === 1 && month
    ? {
        date: month,
        precision: "month",
        basis: "explicit",
        note: `${note} But ${why}, so only the month is certain.`,
      }
    : {
        date: pad(year, 4),
        precision: "year",
        basis: "explicit",
        note: `${note} But ${why}, so only the year is certain.`,
      };
}

/**
 * "Updated:", "Last modified on" before a date, maybe with only its time, zone and weekday between
 * ("Updated 0339 GMT (1139 HKT) November 19, 2019"): the time of a revision, not of publication.
 */
const REVISION_LABEL =
  /(?:last\s+)?(?:updated|modified|edited)\s*(?:on|at)?\s*:?\s*(?:[\d:.,()\s]|[ap]\.?m\.?\b|\b(?:gmt|utc|bst|cet|cest|ist|hkt|jst|aest|aedt|[ecmp][sd]t)\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?){0,32}$/i;

/** The stated date with the time and zone when the statement gives them. */
function statedDate(
  result: chrono.ParsedResult,
  statement: string,
  language: string,
): ArticleDate | null {
  const c = result.start;
  const year = c.get("year");
  if (!c.isCertain("year") || year === null) return null;
  const label = REVISION_LABEL.exec(statement.slice(0, result.index))?.[0];
  const statedAs = label ? { statedAs: "updated" as const } : {};
  const note = label
    ? `Stated in the text as the time it was updated: “${label}${result.text}”; first publication may be earlier.`
    : `Stated in the text: “${result.text}”.`;
  if (!c.isCertain("month"))
    return { date: pad(year, 4), precision: "year", basis: "explicit", note, ...statedAs };
  const month = pad(c.get("month") ?? 1);
  if (!c.isCertain("day"))
    return {
      date: `${pad(year, 4)}-${month}`,
      precision: "month",
      basis: "explicit",
      note,
      ...statedAs,
    };
  const read = readingsOf(result, language);
  const { readings, days } = read;
  const [day] = days;
  if (days.length !== 1 || !day) return { ...unsettledDay(result, read, year, note), ...statedAs };
  const settled =
    readings.length > 1
      ? note.replace(
          /\.$/,
          `, read as ${format(day, "d MMMM yyyy")}, the ${WEEKDAYS[getDay(day)]} it names.`,
        )
      : note;
  let date = isoDay(day);
  if (c.isCertain("hour")) {
    date += `T${pad(c.get("hour") ?? 0)}:${pad(c.get("minute") ?? 0)}`;
    const offset = c.get("timezoneOffset");
    if (c.isCertain("timezoneOffset") && offset !== null) {
      const sign = offset < 0 ? "-" : "+";
      date += `:00${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
    }
  }
  return { date, precision: "day", basis: "explicit", note: settled, ...statedAs };
}

/** Finer precision ranks higher. */
export const PRECISION_RANK: Record<DatePrecision, number> = { day: 3, month: 2, year: 1, none: 0 };

/** Finer first; at one precision a date with its time (a byline's stamp) over a bare one (a masthead's). */
const rankOf = (date: ArticleDate): number =>
  PRECISION_RANK[date.precision] * 2 + (date.date?.includes("T") ? 1 : 0);

/** "NOV 15, 20195:45 AM": copied page text glues a year to the time after it. */
const unglueYearAndTime = (text: string): string =>
  text.replace(/\b((?:1[89]|20)\d{2})(\d{1,2}:\d{2})/g, "$1 $2");

function explicitDate(
  statements: readonly string[],
  language: string,
  minimum: DatePrecision = "year",
): ArticleDate | null {
  let best: ArticleDate | null = null;
  const days = new Set<string>();
  for (const statement of statements.map(unglueYearAndTime)) {
    for (const result of parseStated(statement, language)) {
      const stated = statedDate(result, statement, language);
      if (!stated || PRECISION_RANK[stated.precision] < PRECISION_RANK[minimum]) continue;
      const day = dayOf(stated);
      if (day) days.add(day);
      if (!best || rankOf(stated) > rankOf(best)) best = stated;
    }
  }
  const chosen = best && dayOf(best);
  const others = [...days].filter((day) => day !== chosen);
  if (!best || !chosen || others.length === 0) return best;
  // Two stated days disagree: the one with a time was taken, and the note says what else is stated.
  const described = others.map((day) => describeDay(dayFromIso(day)));
  return { ...best, note: `${best.note} The text also states ${described.join(" and ")}.` };
}

// Weekday names (and their common short forms) per language: chrono is only asked about the text
// around them. Whole words, as chrono's own patterns match them ("sun", not "sunny"). Text in
// languages not listed is parsed whole by their own parser, or around English weekday words by the
// English one.
const WEEKDAY_WORDS: Record<string, RegExp> = {
  en: /\b(?:sun(?:day)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|weekend|weekday)\b/gi,
  de: /\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|mo|di|mi|do|fr|sa|so)\b/gi,
  fr: /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)/gi,
  es: /\b(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)/gi,
  it: /\b(?:luned|marted|mercoled|gioved|venerd|sabato|domenica)/gi,
  nl: /\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)/gi,
  pt: /\b(?:segunda|ter[çc]a|quarta|quinta|sexta|s[áa]bado|domingo)/gi,
};

/**
 * How far from a weekday word a phrase naming it can reach ("last Thursday night", "Thursday, 27
 * August 2020"). chrono's time grows with the text it reads, and a paragraph is mostly not dates.
 */
const WEEKDAY_REACH = 48;

/** The longest stretch joined: chrono's time grows faster than the text it reads. */
const WINDOW_MAX = 512;
/** How far past its reach a window may go to end at a space rather than inside a word. */
const WORD_SLACK = 24;

/**
 * The stretches of `text` within reach of its weekday words, ending at spaces where one is near,
 * overlapping ones joined up to WINDOW_MAX (past it the next starts anew, overlapping, so no
 * phrase is cut). A window is never much longer than the reach, so text without spaces costs no
 * more than text with them.
 */
export function weekdayWindows(text: string, words: RegExp): [number, number][] {
  const windows: [number, number][] = [];
  for (const match of text.matchAll(words)) {
    const from = Math.max(0, match.index - WEEKDAY_REACH);
    const to = Math.min(text.length, match.index + match[0].length + WEEKDAY_REACH);
    // Spaces are looked for only within the slack, so text without them is not searched whole.
    const lead = Math.max(0, from - WORD_SLACK);
    const spaceBefore = text.slice(lead, from + 1).lastIndexOf(" ");
    const start = spaceBefore !== -1 ? lead + spaceBefore + 1 : lead === 0 ? 0 : from;
    const spaceAfter = text.slice(to, to + WORD_SLACK + 1).indexOf(" ");
    const end =
      spaceAfter !== -1 ? to + spaceAfter : to + WORD_SLACK >= text.length ? text.length : to;
    const last = windows.at(-1);
    if (last && start <= last[1]) {
      if (end <= last[1]) continue;
      if (end - last[0] <= WINDOW_MAX) {
        last[1] = end;
        continue;
      }
    }
    windows.push([start, end]);
  }
  return windows;
}

function weekdaysNamed(text: string, language: string): number[] {
  // A language without a parser of its own is read by the English one, so around English words:
  // that parser's end-of-period refiner rereads the text before each result, and whole it took
  // half a minute on a 1 MB paragraph. The other parsers read their text whole in linear time.
  const words = WEEKDAY_WORDS[language] ?? (PARSERS[language] ? undefined : WEEKDAY_WORDS.en);
  const windows = words ? weekdayWindows(text, words) : [[0, text.length] as const];
  return windows.flatMap(([start, end]) =>
    parse(text.slice(start, end), language)
      .filter((r) => r.start.isCertain("weekday") && !r.start.isCertain("day"))
      // A weekday is a whole word: chrono also matches "Dom" at the start of "Domínguez", and a
      // piece of text without spaces may start inside a word ("…andwed-plans"). Only letters with
      // case count before it: Japanese and Chinese run their words together ("警察は日曜日").
      .filter(
        (r) =>
          !/\p{L}/u.test(text.charAt(start + r.index + r.text.length)) &&
          !(r.index === 0 && /[\p{Lu}\p{Ll}]/u.test(text.charAt(start - 1))),
      )
      .map((r) => r.start.get("weekday") ?? -1),
  );
}

/** The full days stated in the captions, each caption parsed once. */
function captionDaysOf(captions: readonly Caption[], language: string): Date[] {
  return captions
    .flatMap((caption) => parseStated(caption.text, language).map((r) => fullDay(r, language)))
    .filter((day): day is Date => day !== null);
}

/**
 * How long after the reported events a day the text names may still fall: a report names the days
 * just ahead ("talks resume on Friday, May 15"), but one it names weeks later shows that the photo
 * is older than the report ("ahead of the August 9 ballot" beside a May photo).
 */
const DAYS_AHEAD_NAMED = 7;

/** A sentence's end: chrono's time grows faster than the text it reads, so it reads one at a time. */
const SENTENCE_END = /(?<=[!?。！？]|(?<!(?:^|\D)\d{1,2})\.)\s+(?=[\p{Lu}\p{Lo}"“«])/u;
/** How much of one sentence is read: longer ones are no prose (a table, a list run together). */
const SENTENCE_READ = 600;

/** Where a result stands and the day it reads as, to compare its readings against two reference days. */
const dayRead = (r: chrono.ParsedResult): string =>
  `${r.index}:${r.start.get("month")}-${r.start.get("day")}`;
/** The same with the year it reads as. */
const dateRead = (r: chrono.ParsedResult): string => `${dayRead(r)}-${r.start.get("year")}`;
/** A date all in numbers ("9/11", "6/5", "7/10") is no day a reader can place without a year. */
const NUMERIC_PARSER = "parser/SlashDateFormatParser";
const allNumbers = (r: chrono.ParsedResult): boolean =>
  r.start.tags().has(NUMERIC_PARSER) || !/\p{L}/u.test(r.text);

/** How far back a day without its year may lie: news names recent days and coming ones. */
const DAYS_BACK_NAMED = 60;

/**
 * A day without its year, placed in the year from two months before `event` on: "30 December"
 * beside 4 January 2021 is 2020's, "August 9" beside 10 January 2021 is 2021's.
 */
function dayAround(event: Date, month: number, day: number): Date | null {
  const from = addDays(event, -DAYS_BACK_NAMED);
  const year = from.getUTCFullYear();
  const thisYear = existingDay(year, month, day);
  return thisYear && thisYear >= from ? thisYear : existingDay(year + 1, month, day);
}

/**
 * The first day the paragraphs name after `limit`: a month by its name and a day, or a full date
 * with its year; a day without its year is placed by dayAround. A relative phrase ("vor 162
 * Tagen", "3 days ago") names no day: against another reference day it moves.
 */
function laterDayNamed(
  paragraphs: readonly string[],
  language: string,
  event: Date,
  limit: Date,
): { day: Date; yearStated: boolean } | null {
  const sentences = paragraphs
    .filter((paragraph) => /\d/u.test(paragraph))
    .flatMap((paragraph) => paragraph.split(SENTENCE_END));
  for (const sentence of sentences) {
    if (!/\d/u.test(sentence)) continue;
    const text = sentence.slice(0, SENTENCE_READ);
    const named = parse(text, language).filter(
      (r) => r.start.isCertain("month") && r.start.isCertain("day"),
    );
    if (named.length === 0) continue;
    const again = parse(text, language, SECOND_REFERENCE);
    const sameDay = new Set(again.map(dayRead));
    const sameDate = new Set(again.map(dateRead));
    for (const result of named) {
      const c = result.start;
      if (!sameDay.has(dayRead(result))) continue;
      const yearStated = c.isCertain("year") && sameDate.has(dateRead(result));
      if (!yearStated && allNumbers(result)) continue;
      const [month, date] = [c.get("month") ?? 0, c.get("day") ?? 0];
      const day = yearStated
        ? existingDay(c.get("year") ?? 0, month, date)
        : dayAround(event, month, date);
      if (day && day > limit) return { day, yearStated };
    }
  }
  return null;
}

/**
 * A dated photo caption anchors the date only when the text names the same weekday ("on Sunday"
 * for a Sunday picture): then the picture and the report describe the same days. The lead
 * paragraph's weekday is the reported event, on or after the anchor (news reports the past). A
 * caption does not say how old its photo is, so a day the text names well after the event
 * undoes the inference: the article is then undated, the photo only a bound.
 */
function inferredDate(evidence: DateEvidence, captionDays: readonly Date[]): ArticleDate | null {
  // Only a dated caption can anchor a day, so the text is searched for weekdays only when one exists.
  if (captionDays.length === 0) return null;
  const named = evidence.paragraphs
    .slice(0, WEEKDAY_PARAGRAPHS)
    .map((p) => weekdaysNamed(p, evidence.language));
  const textWeekdays = new Set(named.flat());
  let anchor: Date | null = null;
  for (const day of captionDays)
    if (textWeekdays.has(getDay(day)) && (!anchor || day > anchor)) anchor = day;
  if (!anchor) return null;
  // The lead: the first two paragraphs.
  const leadWeekday = named.slice(0, 2).flat()[0];
  const event =
    leadWeekday === undefined ? anchor : addDays(anchor, (leadWeekday - getDay(anchor) + 7) % 7);
  const anchoring = `a photo caption is dated ${describeDay(anchor)} and the text names that weekday`;
  const later = laterDayNamed(
    evidence.paragraphs,
    evidence.language,
    event,
    addDays(event, DAYS_AHEAD_NAMED),
  );
  if (later) {
    const undated = undatedNote(evidence.captions, captionDays, evidence.language);
    const laterDay = later.yearStated
      ? format(later.day, "d MMMM yyyy")
      : `${format(later.day, "d MMMM")} (taken as ${format(later.day, "yyyy")})`;
    return {
      ...undated,
      note: `${undated.note} No day is inferred from the photos: ${anchoring}, but the text also names ${laterDay}, more than a week after it, so the photo may be older than the report.`,
    };
  }
  const leadPart =
    leadWeekday === undefined
      ? ""
      : ` The lead reports events of ${WEEKDAYS[leadWeekday]}, taken as the first such day on or after it.`;
  return {
    date: isoDay(event),
    precision: "day",
    basis: "inferred",
    note: `Inferred: ${anchoring}.${leadPart} This assumes the photo shows the reported events; the article may have been published a day or two after them.`,
  };
}

/** The latest of the days: no picture is taken after the article that shows it. */
function latestDay(days: readonly Date[]): Date | null {
  let latest: Date | null = null;
  for (const day of days) if (!latest || day > latest) latest = day;
  return latest;
}

/**
 * What an undated article's pictures tell: a file photo proves nothing of the day it was
 * published, but neither it nor any other picture can be newer than the article.
 */
function undatedNote(
  captions: readonly Caption[],
  captionDays: readonly Date[],
  language: string,
): ArticleDate {
  const current = latestDay(captionDays);
  const file = latestDay(
    captionDaysOf(
      captions.filter((c) => c.file_photo),
      language,
    ),
  );
  const floor = file && (!current || file > current) ? file : current;
  if (!floor) return UNDATED;
  const picture = floor === file ? "A file photo's caption" : "A photo caption";
  return {
    ...UNDATED,
    note: `${UNDATED.note} ${picture} dated ${describeDay(floor)} shows it is no older than that.`,
  };
}

/** Whether a statement's date can be read at all (to the year at least). */
export const statesADate = (statement: string, language: string): boolean =>
  parseStated(unglueYearAndTime(statement), language).length > 0;

/** Date: an explicit statement, else an inference from dated captions and weekdays, else none. */
export function dateArticle(evidence: DateEvidence): ArticleDate {
  // A header line may hold other dates ("Election 2020"), so only a full day counts there.
  const masthead = explicitDate(evidence.mastheadStatements ?? [], evidence.language, "day");
  const explicit =
    explicitDate(evidence.statements, evidence.language) ??
    explicitDate(evidence.headerStatements ?? [], evidence.language, "day") ??
    explicitDate(evidence.laterStatements ?? [], evidence.language);
  if (explicit) {
    // The header above the headline states another day (a masthead's "today", a breadcrumb's).
    const mastheadDay = masthead && dayOf(masthead);
    if (!mastheadDay || mastheadDay === dayOf(explicit)) return explicit;
    const described = describeDay(dayFromIso(mastheadDay));
    return {
      ...explicit,
      note: `${explicit.note} The page header above the headline states ${described}.`,
    };
  }
  if (masthead) return masthead;
  const captionDays = captionDaysOf(
    evidence.captions.filter((caption) => !caption.file_photo),
    evidence.language,
  );
  return (
    inferredDate(evidence, captionDays) ??
    undatedNote(evidence.captions, captionDays, evidence.language)
  );
}

/** The calendar day of a dated entry, "YYYY-MM-DD", or null for month/year/none precision. */
export function dayOf(date: ArticleDate): string | null {
  return date.precision === "day" && date.date ? date.date.slice(0, 10) : null;
}

/** An undated article takes the day of a dated article of the same story, saying so. */
export interface StoryDay {
  day: string;
  /** The dated version's own headline; null when it has none. */
  title: string | null;
  /** The dated version's publisher, or its input file when the publisher is unknown. */
  from: string;
  /** The day is the version's revision time ("Updated: …"), not its publication. */
  updated?: boolean;
}

export function dateFromStory(own: ArticleDate, storyDay: StoryDay | null): ArticleDate {
  if (own.basis !== "none" || !storyDay) return own;
  const described = describeDay(dayFromIso(storyDay.day));
  const version =
    storyDay.title === null
      ? `the one without a headline in ${storyDay.from}`
      : `“${storyDay.title}” (${storyDay.from})`;
  return {
    date: storyDay.day,
    precision: "day",
    basis: "story",
    note: storyDay.updated
      ? `Taken from another version of the same story, ${version}, which states it was updated ${described} (it may first have appeared earlier); this copy states no date of its own and may have been published at another time.`
      : `Taken from another version of the same story, ${version}, dated ${described}; this copy states no date of its own and may have been published at another time.`,
  };
}
