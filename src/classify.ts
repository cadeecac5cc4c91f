// CLASSIFY stage: gives every line of a segment a LineKind, and removed lines a RemovalReason.
//
// General signals do the work, in four steps:
// 1. Each line is rated on its own, as jusText does: length, share of stopwords of the segment's
//    language (length alone for Korean, whose particles are glued to the words), sentence
//    punctuation. A few language-agnostic patterns fix some lines outright (agency credits,
//    "READ ALSO:", breadcrumbs, bare counts, dates, share buttons), and short lines found in many
//    files of the corpus, or repeated through the segment, are chrome. Dated lines set one under
//    the other are a schedule, a list of the article, not datelines.
// 2. Short and borderline lines take the rating of their neighbours (jusText's context step).
// 3. The article is the best-scoring run of lines: good text pays by its length (more when set
//    apart by blank lines, as page text sets paragraphs), chrome costs, a byline or date line
//    after the start (a comment, a teaser) costs a lot, and so does the heading of a list of other
//    stories ("More from ..."); lines that cost nothing right after the run join it. A
//    comment-section heading, an author-bio heading or the bio itself ("Jane Doe is a freelance
//    writer ...") after an article-sized run ends the search.
// 4. Lines are named by position: the headline and its byline/dateline above the run;
//    paragraphs, subheadings, short quotes and lists inside it; chrome outside, and so is a
//    closing paragraph that opens with the byline's name (the author's bio).
//
// The thresholds were tuned on the aggregate score of the ScrapingHub benchmark (npm run eval),
// never on particular sites.

import { AGENCIES } from "./agencies.ts";
import { characterClass, characterRuns } from "./character-runs.ts";
import { CHROME_MIN_FILES, repeatKey } from "./corpus-stats.ts";
import { CREDIT_ROLE, creditOpeningLength, opensCredit } from "./credit-words.ts";
import { stopwordsFor } from "./language.ts";
import type {
  ClassifiedLine,
  ClassifyContext,
  CorpusStats,
  LineKind,
  RemovalReason,
  SourceLine,
} from "./types.ts";

/** How a line reads on its own, before its neighbours are considered (jusText's classes). */
type Quality = "good" | "nearGood" | "short" | "bad";

interface Verdict {
  kind: LineKind;
  reason?: RemovalReason;
}

interface LineFacts {
  text: string;
  /** Length in characters, scaled up for scripts written without spaces (a CJK character is a word). */
  length: number;
  words: number;
  /** Share of words that are stopwords, or null when the language has no usable stopword list. */
  stopwordDensity: number | null;
  sentenceFinal: boolean;
  titleLike: boolean;
  /** Number of corpus files the line occurs in. */
  repeats: number;
  /**
   * Blank lines (gaps in the line numbers) on both sides: a paragraph of its own. Page text puts
   * article paragraphs apart and runs menus and link lists together.
   */
  isolated: boolean;
  /** Blank line above or below, but not both: glued to one neighbour, like a credit to its photo. */
  lopsided: boolean;
  blankBefore: boolean;
  /** Tab-separated cells: a row of a table, which page text keeps inside the article. */
  tableRow: boolean;
  /** Occurrences of the line in its own segment: templates ("Reply", "Rating: 4"), gallery captions. */
  segmentRepeats: number;
  /** The heading of a list of links to other stories: "More from UK", "You may also like". */
  relatedHeading: boolean;
}

interface LanguageProfile {
  stopwords: ReadonlySet<string>;
  lengthScale: number;
  useStopwords: boolean;
}

// Thresholds in characters and stopword shares; jusText's defaults, re-tuned on the benchmark
// for the longer stopwords-iso lists.
const SHORT_LENGTH = 70;
const LONG_LENGTH = 200;
const STOPWORDS_LOW = 0.3;
const STOPWORDS_HIGH = 0.38;
/** Fewer words than this ending in a full stop is a fragment ("Read more."), not a sentence. */
const MIN_SENTENCE_WORDS = 6;
/** A sentence this short between paragraphs is still prose (a quote, a one-line paragraph). */
const MIN_QUOTE_WORDS = 4;
/** Below this stopword share even a full sentence is a list of names or keywords. */
const STOPWORDS_FLOOR = 0.15;
/** A title or subheading has at most this many words; more is a sentence or a link to another story. */
const MAX_TITLE_WORDS = 20;
const MAX_SUBHEADING_WORDS = 6;
/** A line in capitals this long is a kicker or a link, not a subheading. */
const MIN_SHOUTED_WORDS = 7;
/** Captions run to a few sentences at most. */
const MAX_CAPTION_LENGTH = 400;
/** A Title Case line this long between paragraphs is a link to another story, colon or not. */
const MIN_RELATED_WORDS = 9;
/** Lines in this many files or more are chrome (unless they read as reprinted article text). */
/** A short line seen this often in one segment is a template: "Reply", "Rating: 12 Votes". */
const TEMPLATE_MIN_REPEATS = 3;
/** A title-like line this long is no template however often it repeats: a gallery's headline. */
const MIN_REPEATED_TITLE_WORDS = 4;
/** Lines that state a date by themselves. */
const DATE_LINE_KINDS: ReadonlySet<LineKind> = new Set(["timestamp", "dateline"]);
/** Lines that may carry the story's stamp: those, and bylines ("By Jane Doe | Nov 18, 2019"). */
const STAMP_KINDS: ReadonlySet<LineKind> = new Set([...DATE_LINE_KINDS, "byline"]);
const isKindOf = (kinds: ReadonlySet<LineKind>, verdict: Verdict | null | undefined): boolean =>
  verdict ? kinds.has(verdict.kind) : false;
/** How far above the article's first paragraph the headline may sit. */
const HEADLINE_WINDOW = 12;
/**
 * How far it may sit when a byline, timestamp or dateline follows within ANCHOR_REACH lines:
 * galleries, share bars and standfirsts can stand between the header and the story.
 */
const FAR_HEADLINE_WINDOW = 24;
const ANCHOR_REACH = 4;

/** Words are counted on the first this many characters of a line. */
const WORD_SAMPLE_CHARS = 200;
/** Scripts written without spaces between words: stopword counts mean nothing there. */
const UNSPACED_LANGUAGES: ReadonlySet<string> = new Set(["zh", "ja", "th", "my", "km", "lo"]);
/**
 * Languages that glue their particles to the word (Korean "사진을", "대중들의"): a list of
 * function words matches a tenth of their prose, so length and punctuation must do.
 */
const PARTICLE_LANGUAGES: ReadonlySet<string> = new Set(["ko"]);

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** Characters of words, for counting them: letters, digits, apostrophes and hyphens. */
const WORD_CHARACTERS = characterClass(/[\p{L}\p{N}'’-]/u);
const LETTERS = /\p{L}/u;
const NON_SPACE = /\S/u;
const SENTENCE_FINAL = /[.!?…。！？]["'”’»)\]]*$/u;
const UPPERCASE_START = /^\p{Lu}/u;
/** A person's name runs to a few words at most. */
const MAX_NAME_WORDS = 4;
/** A capital, or a letter of a script without case (Hangul, Chinese, Arabic ...), as a title starts. */
const TITLE_START = /^[\p{Lu}\p{Lo}]/u;
const DIGITS_ONLY = /^[\d\s.,]+$/u;
const COMMENT_COUNT =
  /^\d+\s*(?:comments?|kommentare?|comentarios?|commentaires?|reacties|коммент\p{L}*)?$/iu;

// Agency and photo credits, in the forms wires and papers print them.
const CREDIT_AGENCY = `(?:${AGENCIES.join("|")})`;
const CAPTION_CREDIT = new RegExp(
  [
    // "(Photo by JOHN THYS / AFP)", "(Joe Klamar AFP)", "(Reuters)" at the end of a caption
    `\\((?:photo|image|picture|foto|photograph)[^()]*\\)\\.?$`,
    `\\([^()]*\\b${CREDIT_AGENCY}\\)\\.?$`,
    // "(AP Photo/Evan Vucci)"
    `\\(${CREDIT_AGENCY} photos?\\b[^()]*\\)\\.?$`,
    // "Photograph:(Reuters)", "PHOTO: PETRAS MALUKAS / AFP", "Photo: Damian Dovarganes, AP"
    `\\b(?:photo|photograph|foto|picture|credit)s?\\s*:\\s*\\(?[^.!?]{0,80}$`,
    // "Alexey NIKOLSKY / Sputnik / AFP", "STRINGER / AFP", "Alexander Astafyev /"
    `\\/\\s*${CREDIT_AGENCY}\\.?$`,
    `\\p{Lu}[\\p{L}.'-]+ \\/\\s*$`,
    // "(NASA/JPL-Caltech/ASU)": a short parenthesis of sources at the very end
    `\\([^()\\s/]+(?:\\/[^()\\s/]+)+\\)\\.?$`,
  ].join("|"),
  "iu",
);
// "Image source:", and the same in other languages: "Bildquelle:", "Crédit photo :", "Fuente de
// la imagen:". ("Foto:" opens captions too: CAPTION_PREFIX.)
const IMAGE_SOURCE =
  /^(?:(?:image|photo|picture|video)?\s*(?:source|credit)s?|bildquelle|bildnachweis|crédits? photos?|source (?:de l'image|photo)|fuente(?: de la imagen)?|crédito(?: de (?:la )?(?:imagen|foto))?|fonte(?: da imagem)?|fotobron)\s*:/iu;
/** Captions announced as such: "Image caption Scooter Braun ...", "FILE PHOTO: Traders work ...". */
const CAPTION_PREFIX =
  /^(?:image caption|caption|file photo|photo|pictured|above|below|foto|bild|imagem|imagen|légende)\s*[:\-–—]?\s+\S/iu;
const RELATED_PREFIX =
  /^[[(]?(?:read (?:also|more)|also read|also on|see also|related(?: articles?| stories| news)?|more on this|recommended|lesen sie auch|mehr zum thema|leia também|lea también|lee también|à lire aussi|lire aussi|leggi anche|читайте также)\b\s*[:\-–—]?/iu;
/** Share buttons: "Share", "Tweet", "Share this on WhatsApp", "Share by Mail", "Facebook". */
const SHARE_LINE =
  /^(?:(?:share|tweet|pin|email|e-mail|print|teilen|compartir|partager|condividi|compartilhe)(?:\s+(?:this|on|via|the|by|to|with|article|story|page|post|entry|link|friends?|facebook|twitter|whatsapp|linkedin|reddit|pinterest|e-?mail|mail|google\+?|tumblr|vk|telegram))*|whatsapp|facebook|twitter|linkedin|reddit|telegram|pinterest|copy link)$/iu;
const CHROME_HEADING =
  /^(?:story highlights|advertisement|sponsored(?: content)?|comments?|leave a (?:comment|reply)|most (?:read|popular|viewed)|trending(?: now)?|you may also like|newsletter|sign up|subscribe(?: now)?|log ?in|sign in|menu|search|close|skip to (?:main )?content|back to top|anzeige|werbung|publicidade|publicidad|pubblicità|реклама)$/iu;
/** Calls to subscribe or follow: "Sign up for our newsletter", "Follow Newsbeat on Instagram". */
const SUBSCRIPTION =
  /\b(?:subscribe (?:to|now|today|for)|unsubscribe|subscription|newsletters?|sign up (?:for|to|now)|(?:to|in) your inbox|follow (?:\S+ ){1,3}on (?:twitter|facebook|instagram)|abonnieren|assine|suscríbete|abonnez-vous)\b/i;
// ASCII-only patterns go without the u flag: case-insensitive Unicode matching is much slower.
const COPYRIGHT = /©|\bcopyright\b|\ball rights reserved\b/i;
/** A paragraph of a page's legal footer: "© 2019 Beachbody, LLC. All rights reserved. ..." */
const LEGAL_NOTICE = /©|\ball rights reserved\b|\bare registered trademarks of\b/i;
const LEGAL_NOTICE_CHARS = 160;
const BREADCRUMB_SEPARATORS = /\s(?:\/|»|›|>|\|)\s/gu;
const PLACEHOLDER = /^[\p{Ll}\d]+(?:[_\s-][\p{Ll}\d]+){0,2}$/u;
const PLACEHOLDER_WORD = /_|\b(?:img|image|banner|icon|logo|thumb|thumbnail|placeholder|spacer)\b/u;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/iu;
const ENDS_WITH_CLOCK_TIME = /\b[ap]\.m\.$/i;
const BY_A_TIME =
  /^by\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|the|noon|midnight|\d)/i;
const NAME_PUNCTUATION = /[^\p{L}\s'’.-]+$/u;
/** "— Digital Foundry (@digitalfoundry) November 18, 2019": the signature of an embedded post. */
const SOCIAL_HANDLE = /\(@\w+\)/u;
const COOKIE_NOTICE =
  /\b(?:(?:uses?|use of) cookies|cookie (?:policy|settings|preferences|consent)|accept (?:all )?cookies)\b/i;
/** The head of a comment section: "Comments", "12 comments", "Leave a Reply", "6 thoughts on “…”". */
const COMMENTS_MARKER =
  /^[\W\d]*(?:comments?|responses?|replies|reactions|kommentare?|comentarios?|comentários?|commentaires?|commenti|reacties|комментари\p{L}*)\b[\W\d]*$|^(?:leave a (?:comment|reply)|post a comment|add a comment|join the (?:discussion|conversation)|top rated comments|show comments|view comments|\d+ (?:thoughts|responses|comments) (?:on|to)\b)/iu;
/** Heading of the author's or publisher's bio, which ends a story: "About Ascom", "Über Moritz Bachmann". */
// Case is spelled out: with the i flag \p{Lu} would match any letter ("About this rating").
const BIO_HEADING =
  /^(?:(?:[Aa]bout|ABOUT|[Üü]ber|[Ss]obre|[Àà] propos de|[Aa]cerca de) (?!Us$|US$|Uns$|Nós$|Nous$|Nosotros$)(?:the [Aa]uthors?|o autor|a autora|l'auteur|\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*)?))$/u;
/**
 * The head of a list of links to other stories, which may also be a box inside the story: "More
 * Great WIRED Stories", "Most read", "- Next Auto News", "« Previous Post Next Post »".
 */
const RELATED_HEADING =
  /^[-–—«»<>‹›\s]*(?:(?:next|previous|prev)(?: \S+){0,2} (?:article|story|post|news|item)s?[-–—«»<>‹›\s]*)+$|^(?:related(?: (?:articles?|stories|posts|news|content|coverage|reading|links|videos))?|more (?:\S+ ){0,3}(?:stories|news|articles|posts|reads|videos|coverage)(?: (?:from|by|on|in|about) .{2,40})?|more (?:from|in|on) .{2,40}|next up in .{2,40}|recommended(?: stories| articles| reading)?|most (?:read|popular|viewed|shared|commented)(?: \S+){0,2}|popular (?:now|stories|articles|posts)|trending(?: now| stories)?|latest (?:news|stories|articles|posts|videos)|don.t miss|editor.s picks|top stories|further reading|sponsored (?:content|stories|links)|veja também|mais lidas|(?:notícias|matérias|noticias|artículos) relacionad[oa]s|lo más (?:leído|visto)|meistgelesen|weitere artikel|les plus lus|sur le même sujet|i più letti|articoli correlati|похожие (?:статьи|новости)|другие новости|популярное|관련\s?기사|많이 본 (?:뉴스|기사)|関連記事|人気記事)[:.…]*$/iu;
/** The head of a list of other stories that only ever follows the story: "You may also like". */
const CLOSING_RELATED_HEADING =
  /^(?:(?:you|we) (?:may|might) (?:also )?(?:like|enjoy)|voc[êe] (?:também )?pode (?:gostar|se interessar)|(?:también )?te puede interesar|vous aimerez aussi|das könnte sie (?:auch )?interessieren|potrebbe interessarti|recommended for you|what to read next|up next|around the web|from the web|promoted stories)[:.…]*$/iu;
/** "Molly Wood (@mollywood) is an", "Julius is an": a name, maybe a handle, then "is a". */
const BIO_SUBJECT =
  /^(?:\p{Lu}[\p{L}.'’-]+ ){0,3}\p{Lu}[\p{L}.'’-]+(?: \(@\w+\))? (?:is|was) (?:a|an|the) /u;
/** "... is a freelance writer", "... is the Senior Editor of": what the author does, a few words on. */
const BIO_ROLE =
  /^(?:[\p{L}'’-]+ ){0,4}(?:writer|reporter|journalist|editor|correspondent|contributor|columnist|author|educator|curator|blogger|critic|producer|photographer|host|freelancer)s?\b/iu;
const ZERO_COUNT = /(?:^|\D)0(?:\D|$)/u;
/** "1) Lego Star Wars", "2. Preheat", "• Sweat resistant": the marker of a list item. */
const LIST_MARKER = /^(?:\d{1,3}[.)]|[•●▪◦·*–-])\s/u;
const DECORATED_SUBHEADING = /^[–—-]\s*\S.*\S\s*[–—-]$/u;
const TAGS_PREFIX = /^(?:tags?|topics?|themen|temas|etiquetas|sujets|argomenti|теги)\s*:/iu;
const TIME_OF_DAY = /\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s?(?:am|pm)\b/iu;
/** "2 days ago", "vor 3 Stunden", "hace 5 minutos", "il y a 2 jours": comment and feed times. */
const RELATIVE_TIME =
  /\b\d+\s*(?:s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|months?|y|yrs?|years?)\s+ago\b|^(?:vor|hace|há|il y a)\s+\d+\s+\p{L}+$/iu;
const DIGIT = /\d/u;
const NUMERIC_DATE = /\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b/u;
const DATE_WORDS =
  /\b(?:updated|published|posted|last modified|modified|on|at|am|pm|gmt|utc|ist|est|edt|cet|cest|bst|pst|pdt|mis à jour|publié|aktualisiert|veröffentlicht|actualizado|publicado|atualizado|aggiornato|pubblicato|обновлено|опубликовано)\b/giu;
const LINE_START_LABEL = /^[\p{L} ]{1,20}:\s*/u;

function lengthScaleFor(language: string): number {
  // A character of Chinese or Japanese carries about as much as three Latin ones, a Hangul
  // syllable about as much as two.
  if (UNSPACED_LANGUAGES.has(language)) return 3;
  return PARTICLE_LANGUAGES.has(language) ? 2 : 1;
}

function languageProfile(language: string): LanguageProfile {
  const stopwords = stopwordsFor(language);
  return {
    stopwords,
    lengthScale: lengthScaleFor(language),
    useStopwords:
      stopwords.size > 0 && !UNSPACED_LANGUAGES.has(language) && !PARTICLE_LANGUAGES.has(language),
  };
}

const monthPatterns = new Map<string, RegExp>();

/** Month names of the language (from the platform's own locale data) and of English. */
function monthPattern(language: string): RegExp {
  const cached = monthPatterns.get(language);
  if (cached) return cached;
  const names = new Set<string>();
  const locales = language === "und" ? ["en"] : ["en", language];
  for (const locale of locales) {
    for (const style of ["long", "short"] as const) {
      let format: Intl.DateTimeFormat;
      try {
        format = new Intl.DateTimeFormat(locale, { month: style });
      } catch {
        continue;
      }
      for (let month = 0; month < 12; month++) {
        const name = format.format(new Date(Date.UTC(2020, month, 15))).replace(/\.$/u, "");
        if (LETTERS.test(name))
          names.add(name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"));
      }
    }
  }
  // Global, for stripping them all; tests use search(), which ignores the global flag's state.
  const pattern = new RegExp(`(?<![\\p{L}])(?:${[...names].join("|")})(?![\\p{L}])\\.?`, "giu");
  monthPatterns.set(language, pattern);
  return pattern;
}

/**
 * Words and stopwords of the line. A very long line is sampled: its first WORD_SAMPLE_CHARS tell
 * its stopword share as well as the whole would, and its word count only matters when small.
 */
function countWords(text: string, stopwords: ReadonlySet<string>): [number, number] {
  let words = 0;
  let stops = 0;
  const sample = text.length > WORD_SAMPLE_CHARS ? text.slice(0, WORD_SAMPLE_CHARS) : text;
  for (const word of characterRuns(sample.toLowerCase(), WORD_CHARACTERS)) {
    words++;
    if (stopwords.has(word)) stops++;
  }
  return [words, stops];
}

/** Title case or all caps: most words of four or more letters (the given share) begin with a capital. */
function isTitleCased(text: string, share = 0.6): boolean {
  let long = 0;
  let capitalised = 0;
  for (const match of text.matchAll(WORD)) {
    if (match[0].length < 4) continue;
    long++;
    if (UPPERCASE_START.test(match[0])) capitalised++;
  }
  return long > 0 && capitalised / long >= share;
}

function describeLine(
  raw: string,
  key: string,
  [blankBefore, blankAfter]: readonly [boolean, boolean],
  segmentRepeats: number,
  profile: LanguageProfile,
  stats: CorpusStats,
): LineFacts {
  const text = raw.trim();
  const [words, stops] = countWords(text, profile.stopwords);
  const sentenceFinal = SENTENCE_FINAL.test(text);
  const length = text.length * profile.lengthScale;
  return {
    text,
    length,
    words,
    stopwordDensity: profile.useStopwords && words > 0 ? stops / words : null,
    sentenceFinal,
    titleLike:
      words > 0 &&
      words <= MAX_TITLE_WORDS &&
      !text.endsWith(".") &&
      !text.endsWith(":") &&
      TITLE_START.test(text),
    repeats: stats.lineFileCounts.get(key) ?? 0,
    isolated: blankBefore && blankAfter,
    lopsided: blankBefore !== blankAfter,
    blankBefore,
    segmentRepeats,
    tableRow: raw.includes("\t", raw.search(NON_SPACE)),
    relatedHeading:
      words <= MAX_SUBHEADING_WORDS && length < SHORT_LENGTH && isRelatedHeading(text),
  };
}

/**
 * A short line repeated through the segment and not a paragraph of its own: "Reply", "Rating: 4".
 * Not a title of four words or more: a gallery prints the headline over every slide.
 */
function isTemplate(facts: LineFacts): boolean {
  return (
    facts.segmentRepeats >= TEMPLATE_MIN_REPEATS &&
    !facts.isolated &&
    facts.length < SHORT_LENGTH &&
    !(facts.titleLike && facts.words >= MIN_REPEATED_TITLE_WORDS)
  );
}

/**
 * A paragraph printed three times or more: a gallery caption shown per slide. (Twice is common in
 * articles that open with a summary of their own first paragraph; a repeated question is an
 * interview's.)
 */
function isRepeatedParagraph(facts: LineFacts): boolean {
  return (
    facts.segmentRepeats >= TEMPLATE_MIN_REPEATS &&
    facts.length >= SHORT_LENGTH &&
    !facts.text.endsWith("?")
  );
}

/** Key for counting a line's repeats, in its segment and in the corpus; lines without words get none. */
function lineKey(text: string, known: string | undefined): string {
  return WORD_CHARACTER.test(text) ? (known ?? repeatKey(text)) : "";
}

function countKeys(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Whitespace and zero-width characters only: a blank line, whether or not the caller dropped it. */
const BLANK = /^[\s\u200b-\u200d\ufeff]*$/u;

/** Whether a blank line (given, or dropped and seen as a gap in the numbers) precedes and follows. */
function blankSides(lines: readonly SourceLine[], index: number): [boolean, boolean] {
  const line = lines[index];
  if (!line) return [false, false];
  const previous = lines[index - 1];
  const next = lines[index + 1];
  const blankBefore = !previous || line.line - previous.line > 1 || BLANK.test(previous.text);
  const blankAfter = !next || next.line - line.line > 1 || BLANK.test(next.text);
  return [blankBefore, blankAfter];
}

function isBreadcrumb(facts: LineFacts): boolean {
  const separators = facts.text.match(BREADCRUMB_SEPARATORS)?.length ?? 0;
  return separators >= 2 && !facts.sentenceFinal && facts.words <= 3 * (separators + 1);
}

function isTagList(facts: LineFacts): boolean {
  if (TAGS_PREFIX.test(facts.text)) return true;
  if (facts.sentenceFinal || facts.text.endsWith(":")) return false;
  const items = facts.text.split(",");
  // "European Union, Ogbonnaya Onu, Science and technology": capitalised items of a few words.
  return (
    items.length >= 3 &&
    items.every((item) => {
      const trimmed = item.trim();
      return UPPERCASE_START.test(trimmed) && trimmed.split(/\s+/u).length <= 4;
    })
  );
}

function hasMonth(text: string, months: RegExp): boolean {
  return text.search(months) >= 0;
}

/** A line that is a date or time and nothing else, apart from words like "Updated". */
function isTimestamp(facts: LineFacts, months: RegExp): boolean {
  if (facts.words > 12 || facts.sentenceFinal) return false;
  if (facts.words <= 8 && RELATIVE_TIME.test(facts.text)) return true;
  const hasDate =
    hasMonth(facts.text, months) || NUMERIC_DATE.test(facts.text) || TIME_OF_DAY.test(facts.text);
  if (!hasDate) return false;
  const rest = facts.text
    .replace(LINE_START_LABEL, "")
    .replace(months, "")
    .replace(DATE_WORDS, "")
    .replace(/[\d\s\p{P}\p{S}]+/gu, "");
  return rest.length <= 3 || isWeekdayOnly(rest);
}

const WEEKDAYS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)+$/iu;

function isWeekdayOnly(rest: string): boolean {
  return WEEKDAYS.test(rest);
}

/** How near a month name its day or year is written: "Nov. 18", "10 de março", "October 2019". */
const DATE_NUMBER_REACH = 5;

/**
 * A month with a number beside it: a date. Not a month and a number apart, as in the headline
 * "New car sales plunge 10 percent in October".
 */
function hasDatedMonth(text: string, months: RegExp): boolean {
  for (const month of text.matchAll(months)) {
    const end = month.index + month[0].length;
    const around =
      text.slice(Math.max(0, month.index - DATE_NUMBER_REACH), month.index) +
      text.slice(end, end + DATE_NUMBER_REACH);
    if (DIGIT.test(around)) return true;
  }
  return false;
}

/** A short line with a date in it and a place name: "Moscow, RussiaUpdated: Aug 28, 2020, 07:51 AM IST". */
function isDateline(facts: LineFacts, months: RegExp): boolean {
  if (facts.words > 14 || facts.sentenceFinal) return false;
  return hasDatedMonth(facts.text, months) || NUMERIC_DATE.test(facts.text);
}

/** Credits and pattern lines end within this many characters of the end of the line. */
const CREDIT_TAIL_CHARS = 160;

/** Every credit form has a "(", ":" or "/" near the end: a cheap test before the big pattern. */
function mayHoldCredit(text: string): boolean {
  const from = text.length - CREDIT_TAIL_CHARS;
  return (
    text.indexOf("(", from) >= 0 || text.indexOf(":", from) >= 0 || text.indexOf("/", from) >= 0
  );
}

/** Patterns for paragraph-length lines: a credit at the end, a cookie notice, a link prefix. */
function paragraphVerdict(facts: LineFacts): Verdict | null {
  const { text } = facts;
  if (mayHoldCredit(text) && CAPTION_CREDIT.test(text.slice(-CREDIT_TAIL_CHARS))) {
    return { kind: "caption" };
  }
  if (CAPTION_PREFIX.test(text)) return { kind: "caption" };
  if (RELATED_PREFIX.test(text) && !facts.sentenceFinal)
    return { kind: "boilerplate", reason: "related" };
  if (COOKIE_NOTICE.test(text)) return { kind: "boilerplate", reason: "site-chrome" };
  // The notice opens the paragraph; reading its start only keeps long paragraphs cheap.
  if (LEGAL_NOTICE.test(text.slice(0, LEGAL_NOTICE_CHARS))) {
    return { kind: "boilerplate", reason: "footer" };
  }
  return null;
}

/** Patterns for short lines: counts, placeholders, share buttons, bylines, dates, breadcrumbs. */
function shortLineVerdict(facts: LineFacts, months: RegExp): Verdict | null {
  const { text } = facts;
  if (!LETTERS.test(text)) {
    return COMMENT_COUNT.test(text) || DIGITS_ONLY.test(text)
      ? { kind: "boilerplate", reason: "comment-count" }
      : { kind: "boilerplate", reason: "short-fragment" };
  }
  if (facts.words <= 3 && COMMENT_COUNT.test(text))
    return { kind: "boilerplate", reason: "comment-count" };
  if (facts.words <= 3 && PLACEHOLDER.test(text) && PLACEHOLDER_WORD.test(text)) {
    return { kind: "boilerplate", reason: "placeholder" };
  }
  if (IMAGE_SOURCE.test(text) && facts.words <= 12)
    return { kind: "boilerplate", reason: "image-credit" };
  const paragraphLike = paragraphVerdict(facts);
  if (paragraphLike) return paragraphLike;
  if (facts.words <= 5 && SHARE_LINE.test(text)) return { kind: "boilerplate", reason: "share" };
  if (facts.words <= 6 && CHROME_HEADING.test(text))
    return { kind: "boilerplate", reason: "site-chrome" };
  if (COPYRIGHT.test(text)) return { kind: "boilerplate", reason: "footer" };
  if (SUBSCRIPTION.test(text)) return { kind: "boilerplate", reason: "subscription" };
  if (URL_ONLY.test(text)) return { kind: "boilerplate", reason: "footer" };
  if (isBreadcrumb(facts)) return { kind: "boilerplate", reason: "breadcrumb" };
  // "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated …": a dated byline runs longer.
  const bylineWords = /\b(?:19|20)\d\d\b/.test(text) ? 24 : 12;
  // Its full stop may be a time's: "By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m."
  // (Not in a sentence that opens "By" a time: "By Nov. 5, 2020, polls will close by 9 p.m.")
  const endsWithTime = ENDS_WITH_CLOCK_TIME.test(text) && !BY_A_TIME.test(text);
  const sentence = facts.sentenceFinal && !endsWithTime;
  // Before tags: authors listed with commas ("By Jane Doe, John Roe, Ann Lee") read like a tag list.
  if (facts.words <= bylineWords && opensCredit(text) && !sentence) return { kind: "byline" };
  if (isTagList(facts)) return { kind: "boilerplate", reason: "tags" };
  if (SOCIAL_HANDLE.test(text)) return null;
  if (isTimestamp(facts, months)) return { kind: "timestamp" };
  if (isDateline(facts, months)) return { kind: "dateline" };
  return null;
}

/** Patterns that decide a line by themselves, whatever its neighbours. */
function patternVerdict(facts: LineFacts, months: RegExp): Verdict | null {
  return facts.length < LONG_LENGTH ? shortLineVerdict(facts, months) : paragraphVerdict(facts);
}

function initialQuality(facts: LineFacts): Quality {
  const density = facts.stopwordDensity;
  if (facts.length < SHORT_LENGTH) return "short";
  if (density === null) {
    if (facts.length >= LONG_LENGTH) return "good";
    return facts.sentenceFinal ? "nearGood" : "bad";
  }
  if (density >= STOPWORDS_HIGH) {
    return facts.length >= LONG_LENGTH || facts.sentenceFinal ? "good" : "nearGood";
  }
  if (density >= STOPWORDS_LOW) return "nearGood";
  // A full sentence low in stopwords (names, numbers) still reads as prose.
  return facts.sentenceFinal && facts.words >= MIN_SENTENCE_WORDS && density >= STOPWORDS_FLOOR
    ? "nearGood"
    : "bad";
}

/** A full sentence of some length: reprinted wire copy when it repeats, never chrome. */
function isSentence(facts: LineFacts): boolean {
  return facts.length >= LONG_LENGTH || (facts.sentenceFinal && facts.words >= MIN_SENTENCE_WORDS);
}

/**
 * Short lines found in many files are chrome, unless the paragraphs on both sides repeat too:
 * then the line belongs to a story reprinted by several outlets (a subheading of wire copy).
 */
function isRepeatedChrome(facts: readonly LineFacts[], index: number): boolean {
  const line = facts[index];
  if (!line || line.repeats < CHROME_MIN_FILES || isSentence(line)) return false;
  const before = facts[index - 1];
  const after = facts[index + 1];
  const reprinted = (neighbour: LineFacts | undefined): boolean =>
    neighbour !== undefined && neighbour.length >= SHORT_LENGTH && neighbour.repeats >= 2;
  return !(reprinted(before) && reprinted(after));
}

/**
 * For every line, the class of the nearest line before it (step -1) or after it (step 1) that is
 * not short, and also not borderline when `skipNearGood`. The edges of a segment count as
 * boilerplate, as in jusText. One pass, so that long menus of short lines stay linear.
 */
function nearestRated(initial: readonly Quality[], step: 1 | -1, skipNearGood: boolean): Quality[] {
  const nearest: Quality[] = new Array<Quality>(initial.length);
  let last: Quality = "bad";
  const first = step === 1 ? initial.length - 1 : 0;
  for (let index = first; index >= 0 && index < initial.length; index -= step) {
    nearest[index] = last;
    const quality = initial[index] ?? "bad";
    if (quality !== "short" && !(skipNearGood && quality === "nearGood")) last = quality;
  }
  return nearest;
}

/** jusText's context step: short and borderline lines take the class of their surroundings. */
function smoothQualities(initial: readonly Quality[]): Quality[] {
  const before = nearestRated(initial, -1, true);
  const after = nearestRated(initial, 1, true);
  const nearBefore = nearestRated(initial, -1, false);
  const nearAfter = nearestRated(initial, 1, false);
  return initial.map((quality, index): Quality => {
    const previous = before[index];
    const next = after[index];
    if (quality === "nearGood") return previous === "bad" && next === "bad" ? "bad" : "good";
    if (quality !== "short") return quality;
    if (previous === "good" && next === "good") return "good";
    if (previous === "bad" && next === "bad") return "bad";
    const nearGoodAround =
      (previous === "bad" && nearBefore[index] === "nearGood") ||
      (next === "bad" && nearAfter[index] === "nearGood");
    return nearGoodAround ? "good" : "bad";
  });
}

/** Kinds that open an article or a comment: met after the article's start, they end it. */
const HEADER_KINDS: ReadonlySet<LineKind> = new Set(["byline", "dateline", "timestamp"]);
/** Cost of a byline or date line: a comment or teaser list starts, so the article has ended. */
const HEADER_BREAK_COST = 8;
/** A line of good text earns a point per this many characters, up to MAX_GAIN_LENGTH. */
const CHARS_PER_POINT = 40;
const MAX_GAIN_LENGTH = 800;
/** Share of the gain for good text not set apart by blank lines (teasers and lists run together). */
const GLUED_LINE_FACTOR = 0.5;
/** Cost of the heading of a list of other stories: a box inside the story may be crossed, a list after it not. */
const RELATED_HEADING_COST = 3;
/** Cost of a line of chrome; less for one set apart like a paragraph, which may be a caption. */
const BAD_LINE_COST = 1;
const BAD_PARAGRAPH_COST = 0.3;
/** Cost of a line repeated through the segment: comments and teaser lists are made of them. */
const TEMPLATE_COST = 4;
/** Bonus of the first paragraph under the page's first byline or date line: the article's lede. */
const LEDE_BONUS = 15;
/** Score of a run that is surely an article (about 400 characters of good text). */
const MIN_ARTICLE_SCORE = 10;
/** How far from a share button a "Comments" button still belongs to the share bar. */
const SHARE_BAR_REACH = 2;
/** How many lines below a byline or date line the lede may start. */
const LEDE_WINDOW = 3;

/**
 * Gain of keeping a line in the article: text that is good on its own pays by its length (less
 * when it is not a paragraph of its own), a short line that its neighbours made good is free,
 * anything else costs a little.
 */
function regionScore(
  initial: Quality,
  smoothed: Quality,
  facts: LineFacts,
  verdict: Verdict | null,
): number {
  if (verdict && HEADER_KINDS.has(verdict.kind)) return -HEADER_BREAK_COST;
  if (facts.relatedHeading) return -RELATED_HEADING_COST;
  // Table rows (cells come out tab-separated) and invisible lines belong to whatever surrounds them.
  if (facts.tableRow || facts.words === 0) return 0;
  if (isTemplate(facts)) return -TEMPLATE_COST;
  const gain =
    (Math.min(facts.length, MAX_GAIN_LENGTH) / CHARS_PER_POINT) *
    (facts.isolated ? 1 : GLUED_LINE_FACTOR);
  // A short sentence set as its own paragraph is article text even among chrome.
  if (initial === "short" && facts.isolated && isShortSentence(facts)) return gain;
  if (smoothed !== "good") return facts.isolated ? -BAD_PARAGRAPH_COST : -BAD_LINE_COST;
  if (initial === "short" || (initial === "nearGood" && !facts.sentenceFinal)) return 0;
  return gain;
}

function isRelatedHeading(text: string): boolean {
  return RELATED_HEADING.test(text) || CLOSING_RELATED_HEADING.test(text);
}

function isShortSentence(facts: LineFacts): boolean {
  const wordy = facts.stopwordDensity === null || facts.stopwordDensity >= STOPWORDS_HIGH;
  return facts.sentenceFinal && facts.words >= MIN_QUOTE_WORDS && wordy;
}

/**
 * The first good paragraph right below a byline or date line. Comments and teaser lists repeat
 * that header shape further down; the first one to head real text is the article's own.
 */
function findLede(verdicts: readonly (Verdict | null)[], initial: readonly Quality[]): number {
  for (let header = 0; header < verdicts.length; header++) {
    const verdict = verdicts[header];
    if (!verdict || !HEADER_KINDS.has(verdict.kind)) continue;
    for (let i = header + 1; i <= header + LEDE_WINDOW && i < initial.length; i++) {
      if (initial[i] === "good") return i;
    }
  }
  return -1;
}

/**
 * A heading that closes the story: comments or the author's bio. Not "0 Comments"
 * (nothing follows it), and not the "Comments" button of a share bar under the headline.
 */
function closesStory(
  facts: readonly LineFacts[],
  verdicts: readonly (Verdict | null)[],
  index: number,
): boolean {
  const line = facts[index];
  if (!line) return false;
  const { text } = line;
  if (isAuthorBio(text)) return true;
  if (line.length >= LONG_LENGTH) return false;
  if (BIO_HEADING.test(text) || CLOSING_RELATED_HEADING.test(text)) return true;
  if (!COMMENTS_MARKER.test(text) || ZERO_COUNT.test(text)) return false;
  for (let near = index - SHARE_BAR_REACH; near <= index + SHARE_BAR_REACH; near++) {
    if (verdicts[near]?.reason === "share") return false;
  }
  return true;
}

/** "Dallas Robinson is a freelance writer living in Minneapolis": the author's bio, which ends a story. */
export function isAuthorBio(text: string): boolean {
  // A cheap test first: this runs on every line of the page.
  if (!text.includes(" is ") && !text.includes(" was ")) return false;
  const subject = BIO_SUBJECT.exec(text);
  return subject !== null && BIO_ROLE.test(text.slice(subject[0].length));
}

/**
 * The run search starts at the first line that pays; borderline paragraphs just above it that
 * read well in context (a lede without a full stop) belong to it too.
 */
function leadingStart(
  start: number,
  initial: readonly Quality[],
  smoothed: readonly Quality[],
): number {
  let first = start;
  while (first > 0 && initial[first - 1] === "nearGood" && smoothed[first - 1] === "good") first--;
  return first;
}

interface Run {
  range: [number, number];
  score: number;
}

/** The best-scoring run of lines in [0, end): a maximum-sum subarray. */
function bestRun(scores: readonly number[], end: number): Run {
  let best: Run = { range: [0, -1], score: 0 };
  let runStart = 0;
  let runSum = 0;
  for (let index = 0; index < end; index++) {
    if (runSum <= 0) {
      runStart = index;
      runSum = 0;
    }
    const score = scores[index] ?? 0;
    runSum += score;
    // A line that costs nothing right after the best run (a list its neighbours made good) joins it.
    const freeTail = score === 0 && best.score > 0 && best.range[1] === index - 1;
    if (runSum > best.score || freeTail) best = { range: [runStart, index], score: runSum };
  }
  return best;
}

/**
 * The article among the page's chrome: the best-scoring run of lines. When a comment section
 * opens after a run that already reads as an article, the search stops there: a long thread
 * must not outweigh the story it comments on.
 */
function mainRegion(
  scores: readonly number[],
  facts: readonly LineFacts[],
  verdicts: readonly (Verdict | null)[],
): [number, number] {
  let articleSoFar = 0;
  let runSum = 0;
  for (let index = 0; index < scores.length; index++) {
    if (articleSoFar >= MIN_ARTICLE_SCORE && closesStory(facts, verdicts, index)) {
      return bestRun(scores, index).range;
    }
    runSum = Math.max(0, runSum) + (scores[index] ?? 0);
    articleSoFar = Math.max(articleSoFar, runSum);
  }
  return bestRun(scores, scores.length).range;
}

/** "Home World Europe News Belarus Crisis: ..." ends with the headline that follows it. */
function endsWithLaterLine(facts: readonly LineFacts[], index: number): boolean {
  const line = facts[index];
  // A paragraph may end with the words of a pull quote set under it; a breadcrumb is no sentence.
  if (!line || line.length >= LONG_LENGTH || line.sentenceFinal) return false;
  for (let j = index + 1; j < Math.min(facts.length, index + 4); j++) {
    const later = facts[j];
    if (
      later &&
      later.words >= 3 &&
      line.text.length > later.text.length &&
      line.text.endsWith(later.text)
    ) {
      return true;
    }
  }
  return false;
}

function isSubheading(facts: LineFacts): boolean {
  if (DECORATED_SUBHEADING.test(facts.text)) return true;
  return (
    !facts.lopsided &&
    facts.words > 0 &&
    facts.words <= MAX_SUBHEADING_WORDS &&
    !facts.sentenceFinal &&
    !facts.text.endsWith(":")
  );
}

/** Seven words or more in capitals: a kicker or a link to another story, not a sentence of this one. */
function isShouted(facts: LineFacts): boolean {
  const { text } = facts;
  return (
    facts.words >= MIN_SHOUTED_WORDS && text === text.toUpperCase() && text !== text.toLowerCase()
  );
}

/**
 * A long Title Case line with no sentence punctuation between paragraphs: a link to another story
 * ("Belarus Elections 2020: Alexander Lukashenko Wins ..."). Product names and short titles are not.
 */
function isRelatedHeadline(facts: LineFacts): boolean {
  if (isShouted(facts)) return true;
  const long =
    facts.words >= MIN_RELATED_WORDS ||
    (facts.words > MAX_SUBHEADING_WORDS && facts.text.includes(": "));
  return facts.titleLike && long && isTitleCased(facts.text);
}

// Title-like lines that are no headline, whatever else they look like.
const NO_HEADLINE: readonly RegExp[] = [
  // A list item with its count: "… (129)".
  /\(\d[\d,.]*\)$/u,
  // A picture's text with its credit: "… [File: Reuters]".
  /\[[^\]]+\]$/u,
  // A timestamp: "… 7:05 AM EST", "21:17 18.11.2019 …", "05/10/2018 - Publicado por …".
  /\d:\d{2}\s?(?:am|pm)\b/iu,
  /^(?:\d{1,2}:\d{2}\b|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b)/u,
  // Reading time and counts under a headline: "5 min read", "12 comments".
  /^\d+\s*(?:min(?:ute)?s?(?: read)?|comments?|shares?|views?)\b/iu,
  // A photographer's credit: "Anna Moneymaker/The New York Times", "Alex Wong | Getty Images".
  /^\p{Lu}\p{Ll}+ (?:\p{Lu}[\p{L}.'’-]* ){0,2}\p{Lu}[\p{L}'’-]+(?:\/| [/|] )(?:\p{Lu}[\p{L}.'’&-]*(?: |$)){1,5}$/u,
  // A picture's text with its agency: "… Austria.Leonhard Foeger / Reuters file".
  new RegExp(`[/|]\\s*${CREDIT_AGENCY}\\b`, "u"),
  // A picture's text: "Image: Jose Mourinho has agreed a deal …" ("Photo: …" is a caption already).
  /^(?:image|picture)\s*:/iu,
  // The page's controls: "Share to More", "Show more sharing options", "… open in a new window".
  /^(?:share (?:to|on|via|this)|click (?:here|to)|tap to)\b|\bsharing options\b|\bopens? in a new (?:window|tab)\b/iu,
  // A gallery's controls: "View Full Screen Gallery Now", "Back to Gallery".
  /\b(?:full ?screen|slide ?show)\b|^(?:view|open|close|launch|enter|exit|back to) (?:the )?gallery\b/iu,
  // A line of labelled data: "Tested by: John Milbank RRP: £23.99 More info: …". (Its values
  // hold figures or addresses; a title of colons does not: "Review: Star Wars: The Rise …: …".)
  /^(?=.*(?:\d|www\.|https?:)).*\p{L}: .*\p{L}: .*\p{L}: /u,
  // Reported speech: “We have to make some cuts,” the chairman said. (Headlines say "says".)
  /^["“‘'][^"“”‘’]+,["”’'] .*\bsaid\b/u,
];
/** The names that open a byline without "By": "Meg Kinnard and Errin Haines, …". */
const BYLINE_NAMES = /^\p{Lu}[\p{L}.'’-]*(?: (?:and |& )?\p{Lu}[\p{L}.'’-]*){1,5}, /u;
const AGENCY_ONLY = new RegExp(`^${CREDIT_AGENCY}$`, "iu");
const AGENCY_FIRST = new RegExp(`^${CREDIT_AGENCY}\\b`, "u");

/** What follows the names and their comma ("AP National Security Writer"), or null without them. */
function afterBylineNames(text: string): string | null {
  const names = BYLINE_NAMES.exec(text);
  return names ? text.slice(names[0].length) : null;
}

/** A byline without "By": "Robert Burns, AP National Security Writer", "Jane Doe, Associated Press". */
function isBareByline(text: string): boolean {
  const rest = afterBylineNames(text);
  return rest !== null && (AGENCY_ONLY.test(rest) || CREDIT_ROLE.test(rest));
}

/** Longer, a line opening with names and a comma is a standfirst about them, not their credit. */
const MAX_CREDIT_WORDS = 12;

/**
 * A credit without "By" under the headline, however many names: "Meg Kinnard and Errin Haines,
 * Associated Press". After the comma an agency or a role first ("Reuters staff", "staff writers"),
 * or a title in capitals: a standfirst's "Gareth Southgate, whose team lost on Sunday" is no credit.
 */
function isHeaderCredit(facts: LineFacts): boolean {
  const rest = afterBylineNames(facts.text);
  return (
    !facts.sentenceFinal &&
    facts.words <= MAX_CREDIT_WORDS &&
    rest !== null &&
    (AGENCY_ONLY.test(rest) ||
      AGENCY_FIRST.test(rest) ||
      CREDIT_ROLE.exec(rest)?.index === 0 ||
      (CREDIT_ROLE.test(rest) && isTitleCased(rest, 1)))
  );
}

/** Fewer words are a section name or a button ("World", "Read more"), except right above a
 * byline or date, where a short headline stands ("About bugs"). */
const MIN_HEADLINE_WORDS = 3;
const MIN_ANCHORED_HEADLINE_WORDS = 2;
/** Two capitalised words over a date are a name, a section or an agency: "Jane Doe", "World News". */
const TWO_CAPITALISED_WORDS = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u;
/** Longer than this, a line is no headline (and the patterns above need not read it). */
const MAX_HEADLINE_CHARS = 300;

/** A headline may also open with a number or a quotation: "5 Things …", "‘Why Don't You …’". */
const NUMBERED_OR_QUOTED_TITLE = /^(?:[\d$£€]|["“‘'«[(]\s*[\p{Lu}\p{Lo}\d])/u;
/** A Title Case headline ending in a full stop: a stricter share, as German capitalises nouns. */
const TITLE_CASE_WITH_STOP = 0.8;

/**
 * Title-like, or shaped like one but for its first character; right above a byline or date, also
 * a title in Title Case that ends in a full stop ("… Earnings Release. Why You Shouldn’t Worry.").
 */
function isTitleShaped(facts: LineFacts, anchored: boolean): boolean {
  if (facts.titleLike) return true;
  const { text, words } = facts;
  if (words > MAX_TITLE_WORDS || text.endsWith(":")) return false;
  if (text.endsWith("."))
    return anchored && TITLE_START.test(text) && isTitleCased(text, TITLE_CASE_WITH_STOP);
  return NUMBERED_OR_QUOTED_TITLE.test(text);
}

function isHeadlineCandidate(
  facts: LineFacts,
  verdict: Verdict | null,
  anchored: boolean,
): boolean {
  return (
    verdict === null &&
    facts.text.length <= MAX_HEADLINE_CHARS &&
    isTitleShaped(facts, anchored) &&
    facts.words >= (anchored ? MIN_ANCHORED_HEADLINE_WORDS : MIN_HEADLINE_WORDS) &&
    !(facts.words < MIN_HEADLINE_WORDS && TWO_CAPITALISED_WORDS.test(facts.text)) &&
    facts.repeats < CHROME_MIN_FILES &&
    !NO_HEADLINE.some((pattern) => pattern.test(facts.text)) &&
    !isBareByline(facts.text)
  );
}

/**
 * A line right above a byline, timestamp or dateline counts as this many words more: headlines sit
 * there, and links to other stories and standfirsts, often wordier, do not. (Measured on the 181
 * ScrapingHub pages: 3 words fixed four titles and broke none; 4 took two bylines over their
 * headlines.)
 */
const ANCHORED_HEADLINE_WORDS = 3;

/**
 * The headline: the wordiest title-like line shortly above the article's first paragraph (the
 * nearest one on a tie), a line right above the byline or date counting as wordier; further up,
 * only a line with a byline or date soon after it, and without that advantage. Bylines, section
 * names and "Back to Gallery" are title-like too, but short.
 */
function findHeadline(
  facts: readonly LineFacts[],
  verdicts: readonly (Verdict | null)[],
  firstBody: number,
): number {
  const isAnchor = (index: number): boolean => isKindOf(STAMP_KINDS, verdicts[index]);
  // A title with its date in a list of them ("Most read": title, date, title, date) is a teaser.
  const datedTitle = (index: number): boolean =>
    !verdicts[index] && facts[index]?.titleLike === true && isAnchor(index + 1);
  const anchorSoonAfter = (index: number): boolean => {
    for (let next = index + 1; next <= index + ANCHOR_REACH; next++)
      if (isAnchor(next)) return !datedTitle(next + 1) && !datedTitle(index - 2);
    return false;
  };
  let headline = -1;
  let headlineWeight = 0;
  let headlineAnchored = false;
  for (let i = firstBody - 1; i >= Math.max(0, firstBody - FAR_HEADLINE_WINDOW); i--) {
    const line = facts[i];
    const far = i < firstBody - HEADLINE_WINDOW;
    const anchoredSoon = anchorSoonAfter(i);
    if (!line || (far && !anchoredSoon)) continue;
    const anchored = isAnchor(i + 1);
    const weight = line.words + (anchored && !far ? ANCHORED_HEADLINE_WORDS : 0);
    // On a tie, a line with its byline or date soon after wins over a nearer one without: a
    // gallery prints the headline again nearer the story, and a section's title stands there.
    // Further up, only another copy of the same headline wins so (not a teaser with its date).
    const heavier =
      weight > headlineWeight ||
      (weight === headlineWeight &&
        anchoredSoon &&
        !headlineAnchored &&
        (!far || line.text === facts[headline]?.text));
    if (heavier && isHeadlineCandidate(line, verdicts[i] ?? null, anchored)) {
      headline = i;
      headlineWeight = weight;
      headlineAnchored = anchoredSoon;
    }
  }
  return headline;
}

/** A short name line ("WION Web Team") between the headline and a dateline. */
function isBylineShape(facts: LineFacts): boolean {
  return (
    facts.words >= 1 &&
    facts.words <= 6 &&
    !facts.sentenceFinal &&
    (CREDIT_ROLE.test(facts.text) || isTitleCased(facts.text))
  );
}

/** Why a line outside the article goes: chrome seen across files, the menus above, the rest below. */
function boilerplateReasonOutside(facts: LineFacts, beforeArticle: boolean): RemovalReason {
  if (facts.repeats >= CHROME_MIN_FILES) return "site-chrome";
  if (beforeArticle) return "navigation";
  return isRelatedHeadline(facts) ? "related" : "footer";
}

/** A line that reads as article text: good in context, or a whole sentence of a few words. */
function isProse(analysis: SegmentAnalysis, index: number): boolean {
  const line = analysis.facts[index];
  if (!line || analysis.verdicts[index]) return false;
  return (
    analysis.smoothed[index] === "good" || (line.sentenceFinal && line.words >= MIN_QUOTE_WORDS)
  );
}

/** A short title right above a list, glued to it: "Tour dates", "Qualified teams". */
function headsList(analysis: SegmentAnalysis, index: number): boolean {
  const line = analysis.facts[index];
  return (
    line !== undefined &&
    analysis.listItems[index + 1] === true &&
    line.words <= MAX_SUBHEADING_WORDS &&
    !line.sentenceFinal &&
    !line.text.endsWith(":")
  );
}

/** A heading of links to other stories and the lines glued under it: a box set inside the story. */
function findRelatedBoxes(facts: readonly LineFacts[]): boolean[] {
  let inBox = false;
  return facts.map((line) => {
    inBox = line.relatedHeading || (inBox && !line.blankBefore);
    return inBox;
  });
}

/** Kinds for the lines inside the article run. */
function kindInsideArticle(analysis: SegmentAnalysis, index: number): Verdict {
  const line = analysis.facts[index];
  if (!line) return { kind: "boilerplate", reason: "boilerplate" };
  if (analysis.initial[index] === "good") return { kind: "body" };
  if (isRelatedHeadline(line) || analysis.relatedBoxes[index]) {
    return { kind: "boilerplate", reason: "related" };
  }
  const headsProse = isProse(analysis, index + 1) || isProse(analysis, index + 2);
  if ((isSubheading(line) && headsProse) || headsList(analysis, index)) {
    return { kind: "subheading" };
  }
  // A whole sentence among the paragraphs is prose, however short: "“And what if we halt gas?”"
  // So is the line that introduces what follows: "A selection of the artists and artworks:".
  if (isProse(analysis, index) || introducesList(line)) return { kind: "body" };
  return {
    kind: "boilerplate",
    reason: line.length < SHORT_LENGTH ? "short-fragment" : "boilerplate",
  };
}

/** "By Jane Doe | Fox News" → "jane doe": the capitalised words that open the byline. */
export function authorName(byline: string): string | null {
  const words: string[] = [];
  for (const word of byline.slice(creditOpeningLength(byline)).split(/\s+/u)) {
    const name = word.replace(NAME_PUNCTUATION, "");
    if (!UPPERCASE_START.test(name) || name.length < 2) break;
    words.push(name.toLowerCase());
    if (name !== word) break;
  }
  return words.length >= 2 ? words.slice(0, 2).join(" ") : null;
}

/**
 * A paragraph in the second half of the story that opens with the byline's name ("Molly Wood
 * (@mollywood) is an Ideas contributor ...") is the author's bio; it and the rest are not the story.
 */
function markAuthorBio(facts: readonly LineFacts[], kinds: Verdict[]): void {
  const bylineIndex = kinds.findIndex((verdict) => verdict.kind === "byline");
  const author = authorName(facts[bylineIndex]?.text ?? "");
  if (!author) return;
  const body = kinds.flatMap((verdict, index) => (verdict.kind === "body" ? [index] : []));
  const bio = body.slice(Math.ceil(body.length / 2)).find((index) => {
    const opening = (facts[index]?.text ?? "").toLowerCase().split(/\s+/u).slice(0, 2).join(" ");
    return opening.replace(NAME_PUNCTUATION, "") === author;
  });
  if (bio === undefined) return;
  for (let index = bio; index < kinds.length; index++) {
    const kind = kinds[index]?.kind;
    if (kind === "body" || kind === "subheading")
      kinds[index] = { kind: "boilerplate", reason: "footer" };
  }
}

/**
 * With no byline found, a line of the header that is only the name an author's bio further down
 * opens with ("Louise Matsakis" … "Louise Matsakis is a Staff Writer at WIRED") is the byline: the
 * bio says who wrote the story, and the name alone on a line above it credits them.
 */
function markBioNamedByline(facts: readonly LineFacts[], kinds: Verdict[]): void {
  if (kinds.some((verdict) => verdict.kind === "byline")) return;
  const firstBody = kinds.findIndex((verdict) => verdict.kind === "body");
  if (firstBody < 0) return;
  const bio = facts.findIndex((line, index) => index > firstBody && isAuthorBio(line.text));
  const author = authorName(facts[bio]?.text ?? "");
  if (!author) return;
  const named = facts.findIndex(
    (line, index) =>
      index < firstBody &&
      kinds[index]?.kind === "boilerplate" &&
      line.words <= MAX_NAME_WORDS &&
      line.text.trim().replace(NAME_PUNCTUATION, "").toLowerCase() === author,
  );
  if (named >= 0) kinds[named] = { kind: "byline" };
}

/** The first paragraph when the body repeats it further down: a summary set above the story. */
function repeatedLede(facts: readonly LineFacts[], kinds: readonly Verdict[]): number {
  const first = kinds.findIndex((verdict) => verdict.kind === "body");
  const lede = facts[first];
  if (!lede) return -1;
  const repeated = facts.some(
    (line, index) => index > first && line.text === lede.text && kinds[index]?.kind === "body",
  );
  return repeated ? first : -1;
}

/** Everything the classifier works out about a segment before naming the kinds. */
interface SegmentAnalysis {
  facts: LineFacts[];
  /** Kinds fixed by patterns alone, or null where the context decides. */
  verdicts: (Verdict | null)[];
  initial: Quality[];
  smoothed: Quality[];
  /** First and last index of the article run ([0, -1] when there is none). */
  region: [number, number];
  /** Lines of a list that a line ending in a colon introduces ("Tour dates:", "Ingredients:"). */
  listItems: boolean[];
  /** Related-story headings and the links glued under them. */
  relatedBoxes: boolean[];
}

/**
 * Items of a list are short and follow their introduction line after line, or, set apart by
 * blank lines, carry a number or bullet (a link line may sit between two items).
 */
function findListItems(
  lines: readonly SourceLine[],
  facts: readonly LineFacts[],
  verdicts: readonly (Verdict | null)[],
): boolean[] {
  const items = facts.map(() => false);
  let inList = false;
  facts.forEach((line, index) => {
    const previous = lines[index - 1];
    const glued = previous !== undefined && (lines[index]?.line ?? 0) - previous.line === 1;
    const marked = LIST_MARKER.test(line.text) || (inList && URL_ONLY.test(line.text));
    const continues = inList || introducesList(facts[index - 1]);
    // Dates may be items ("June 9 -- Coral Sky Amphitheatre"); share buttons and credits may not.
    const verdict = verdicts[index];
    const itemLike =
      !verdict || HEADER_KINDS.has(verdict.kind) || (marked && verdict.reason === "footer");
    inList = continues && itemLike && (glued || marked) && line.length < LONG_LENGTH;
    items[index] = inList;
  });
  return items;
}

/** A schedule has at least this many dated lines in a row; a header has one or two. */
const MIN_SCHEDULE_LINES = 3;

/**
 * Lines of a schedule: dated lines set one under the other ("June 9 – West Palm Beach, FL @ Coral
 * Sky Amphitheatre", "2a etapa: 8 de abril – Curitiba"). They are the article's content, a list,
 * not the dateline of a new article or comment; their verdicts are lifted.
 */
function findSchedule(lines: readonly SourceLine[], verdicts: (Verdict | null)[]): boolean[] {
  const schedule = verdicts.map(() => false);
  let runStart = 0;
  for (let index = 0; index <= verdicts.length; index++) {
    const dated = verdicts[index]?.kind === "dateline";
    const glued =
      index > runStart && (lines[index]?.line ?? 0) - (lines[index - 1]?.line ?? 0) === 1;
    if (dated && (glued || index === runStart)) continue;
    if (index - runStart >= MIN_SCHEDULE_LINES) {
      for (let item = runStart; item < index; item++) {
        schedule[item] = true;
        verdicts[item] = null;
      }
    }
    runStart = dated ? index : index + 1;
  }
  return schedule;
}

/** A line of prose that ends in a colon and so announces what follows. */
function introducesList(facts: LineFacts | undefined): boolean {
  if (!facts) return false;
  return facts.text.endsWith(":") && facts.words >= MIN_QUOTE_WORDS;
}

/** The run does not end on a line that introduces what follows ("... at these addresses:"). */
function withoutOpenIntroduction(facts: readonly LineFacts[], start: number, end: number): number {
  let last = end;
  while (last > start && facts[last]?.text.endsWith(":")) last--;
  return last;
}

/** The run grows over a list that follows it (with its introduction), which scores nothing by itself. */
function withTrailingList(
  region: [number, number],
  listItems: readonly boolean[],
): [number, number] {
  let [start, end] = region;
  if (end < start) return region;
  if (!listItems[end + 1] && listItems[end + 2]) end++;
  while (listItems[end + 1]) end++;
  return [start, end];
}

function fixedVerdict(facts: readonly LineFacts[], index: number, months: RegExp): Verdict | null {
  const line = facts[index];
  if (!line || line.words === 0) return { kind: "boilerplate", reason: "short-fragment" };
  if (endsWithLaterLine(facts, index)) return { kind: "boilerplate", reason: "breadcrumb" };
  const pattern = patternVerdict(line, months);
  if (pattern) return pattern;
  if (isTemplate(line)) return { kind: "boilerplate", reason: "boilerplate" };
  if (isRepeatedParagraph(line)) return { kind: "boilerplate", reason: "duplicate-caption" };
  return isRepeatedChrome(facts, index) ? { kind: "boilerplate", reason: "site-chrome" } : null;
}

/**
 * A credit on a line of its own ("Sanjeev Verma/Hindustan Times/Getty Images") closes the caption
 * printed right above it, which carries no credit of its own.
 */
function markCaptionsAboveCredits(facts: readonly LineFacts[], verdicts: (Verdict | null)[]): void {
  facts.forEach((line, index) => {
    const above = facts[index - 1];
    const creditOnly = verdicts[index]?.kind === "caption" && line.length < SHORT_LENGTH;
    if (
      creditOnly &&
      !line.blankBefore &&
      above &&
      !verdicts[index - 1] &&
      above.length < MAX_CAPTION_LENGTH
    ) {
      verdicts[index - 1] = { kind: "caption" };
    }
  });
}

function analyseSegment(lines: readonly SourceLine[], context: ClassifyContext): SegmentAnalysis {
  const profile = languageProfile(context.language);
  const months = monthPattern(context.language);
  const keys = lines.map((line, index) => lineKey(line.text, context.repeatKeys?.[index]));
  const segmentCounts = countKeys(keys);
  const facts = lines.map((line, index) => {
    const key = keys[index] ?? "";
    const sides = blankSides(lines, index);
    return describeLine(line.text, key, sides, segmentCounts.get(key) ?? 1, profile, context.stats);
  });
  const verdicts = facts.map((_, index) => fixedVerdict(facts, index, months));
  markCaptionsAboveCredits(facts, verdicts);
  const schedule = findSchedule(lines, verdicts);
  const initial = facts.map(
    (line, index): Quality => (verdicts[index] ? "bad" : initialQuality(line)),
  );
  const smoothed = smoothQualities(initial);
  const listItems = findListItems(lines, facts, verdicts).map(
    (item, index) => item || (schedule[index] ?? false),
  );
  // A list item costs nothing: the run may cross a list to the paragraphs after it.
  const scores = facts.map((line, index) =>
    listItems[index]
      ? 0
      : regionScore(
          initial[index] ?? "bad",
          smoothed[index] ?? "bad",
          line,
          verdicts[index] ?? null,
        ),
  );
  const lede = findLede(verdicts, initial);
  if (lede >= 0) scores[lede] = (scores[lede] ?? 0) + LEDE_BONUS;
  const [start, end] = withTrailingList(mainRegion(scores, facts, verdicts), listItems);
  return {
    facts,
    verdicts,
    initial,
    smoothed,
    region: [leadingStart(start, initial, smoothed), withoutOpenIntroduction(facts, start, end)],
    listItems,
    relatedBoxes: findRelatedBoxes(facts),
  };
}

/** Kinds for the lines outside the article run: the header above it, chrome all around. */
function kindOutsideArticle(analysis: SegmentAnalysis, headline: number, index: number): Verdict {
  const line = analysis.facts[index];
  const [start] = analysis.region;
  if (!line) return { kind: "boilerplate", reason: "boilerplate" };
  const inHeader = headline >= 0 && index > headline && index < start;
  if (inHeader && (isBylineShape(line) || isHeaderCredit(line))) return { kind: "byline" };
  if (inHeader && line.sentenceFinal && line.length >= SHORT_LENGTH) return { kind: "standfirst" };
  return { kind: "boilerplate", reason: boilerplateReasonOutside(line, index < start) };
}

/**
 * Below what closes the story (a comment section, the author's bio, "You may also like"), a
 * timestamp or byline is a comment's or another story's, never this one's.
 */
function markLaterStampsOthers(analysis: SegmentAnalysis, kinds: Verdict[]): void {
  const { facts, verdicts } = analysis;
  let closed = false;
  for (let index = analysis.region[1] + 1; index < facts.length; index++) {
    closed ||= closesStory(facts, verdicts, index);
    if (closed && isKindOf(STAMP_KINDS, kinds[index]))
      kinds[index] = { kind: "boilerplate", reason: "footer" };
  }
}

/** How far under a heading of other stories their bylines and dates reach. */
const RELATED_STAMP_REACH = 4;

/**
 * Under a heading of other stories below the story's first paragraph ("More from Business",
 * "Related"), a byline or date is a listed story's ("Written by Paul Smith on November 20, 2019"),
 * never this one's. (Above the story such a heading is the menu's, and the story's own byline and
 * date may follow it.)
 */
function markRelatedStamps(facts: readonly LineFacts[], kinds: Verdict[]): void {
  const firstBody = kinds.findIndex((verdict) => verdict.kind === "body");
  if (firstBody < 0) return;
  facts.forEach((line, index) => {
    if (index <= firstBody || !line.relatedHeading) return;
    for (let next = index + 1; next <= index + RELATED_STAMP_REACH; next++)
      if (isKindOf(STAMP_KINDS, kinds[next]))
        kinds[next] = { kind: "boilerplate", reason: "related" };
  });
}

/**
 * A list of other stories, each title with its date under it ("Most read": title, date, title,
 * date): those dates are the listed stories', never this one's.
 */
function markListedStamps(facts: readonly LineFacts[], kinds: Verdict[]): void {
  const isStamp = (index: number): boolean => isKindOf(DATE_LINE_KINDS, kinds[index]);
  const datedTitle = (index: number): boolean =>
    facts[index]?.titleLike === true && kinds[index]?.kind !== "headline" && isStamp(index + 1);
  const listed = facts.map(
    (_, index) => datedTitle(index) && (datedTitle(index + 2) || datedTitle(index - 2)),
  );
  listed.forEach((inList, index) => {
    if (inList) kinds[index + 1] = { kind: "boilerplate", reason: "related" };
  });
}

/**
 * Classifies the lines of one segment. The output has one entry per input line, in input order.
 * Blank lines are best left out by the caller (their absence still shows in the line numbers,
 * which the classifier reads as paragraph breaks); any that are passed come back as boilerplate.
 */
export function classifyLines(
  lines: readonly SourceLine[],
  context: ClassifyContext,
): ClassifiedLine[] {
  const analysis = analyseSegment(lines, context);
  const [start, end] = analysis.region;
  const headline = findHeadline(analysis.facts, analysis.verdicts, start);
  const kinds = analysis.facts.map((_, index): Verdict => {
    const inArticle = index >= start && index <= end;
    // Dates in a list inside the article are its content ("June 9 -- Coral Sky Amphitheatre").
    if (inArticle && analysis.listItems[index]) return { kind: "body" };
    const verdict = analysis.verdicts[index];
    if (verdict) return verdict;
    if (index === headline) return { kind: "headline" };
    if (inArticle) return kindInsideArticle(analysis, index);
    return kindOutsideArticle(analysis, headline, index);
  });
  markAuthorBio(analysis.facts, kinds);
  markBioNamedByline(analysis.facts, kinds);
  markLaterStampsOthers(analysis, kinds);
  markListedStamps(analysis.facts, kinds);
  markRelatedStamps(analysis.facts, kinds);
  const summary = repeatedLede(analysis.facts, kinds);
  if (summary >= 0) kinds[summary] = { kind: "standfirst" };
  return lines.map((line, index) => ({ ...line, ...(kinds[index] ?? { kind: "boilerplate" }) }));
}
