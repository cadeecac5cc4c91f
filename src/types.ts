// Plain data passed between the ingest stages. Every stage is a pure function over these.

/** One line of a decoded file, numbered from 1 as a text editor shows it. */
export interface SourceLine {
  line: number;
  text: string;
}

/** What a line of raw page text is, once classified. */
export type LineKind =
  | "headline"
  | "standfirst"
  | "byline"
  | "dateline"
  | "timestamp"
  | "caption"
  | "subheading"
  | "body"
  | "boilerplate";

/** Why a line was removed from an article (reported in `_report.json`). */
export type RemovalReason =
  | "navigation"
  | "breadcrumb"
  | "placeholder"
  | "comment-count"
  | "share"
  | "related"
  | "image-credit"
  | "tags"
  | "footer"
  | "subscription"
  | "site-chrome"
  | "short-fragment"
  | "duplicate-caption"
  | "duplicate-paragraph"
  | "not-an-article"
  | "date-not-read"
  | "boilerplate";

export interface ClassifiedLine extends SourceLine {
  kind: LineKind;
  /** Set when kind is "boilerplate": the kind of boilerplate. */
  reason?: RemovalReason;
}

/** Corpus-wide facts the classifier may use: lines repeated across many files are site chrome. */
export interface CorpusStats {
  fileCount: number;
  /** repeatKey(line) → number of distinct files it appears in. */
  lineFileCounts: ReadonlyMap<string, number>;
}

export interface ClassifyContext {
  /** ISO 639-1 code, or "und" when unknown. */
  language: string;
  stats: CorpusStats;
  /** repeatKey(text) of each line, when the caller has them already (they are costly to compute). */
  repeatKeys?: readonly string[];
}

/** A decoded input file. */
export interface DecodedFile {
  /** Path relative to --input, with "/" separators. */
  file: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
  text: string;
  warnings: string[];
}

/** A run of lines believed to be one article. */
export interface Segment {
  file: string;
  /** 1-based position of the article in its file. */
  index: number;
  lines: SourceLine[];
}

export type TitleBasis = "headline" | "lede" | "story";
export type DatePrecision = "day" | "month" | "year" | "none";
export type DateBasis = "explicit" | "inferred" | "story" | "none";

export interface Caption {
  text: string;
  credit: string | null;
  /** True when the caption says the picture is a file photo: not evidence of the article's date. */
  file_photo: boolean;
}

export interface Origin {
  file: string;
  index: number;
  lines: [number, number];
  // Where a copy folded into an identical one (same words) says otherwise than the entry: its own
  // headline, byline or stated date (null: it has none), so no copy's fields are lost.
  headline?: string | null;
  byline?: string | null;
  /** The date the copy states (never one inferred), and whether it is a revision's. */
  date?: string | null;
  date_stated_as?: "updated";
}

/** The front matter of an article entry: the contract the site and the checks read. */
export interface ArticleFrontMatter {
  id: string;
  title: string;
  title_basis: TitleBasis;
  /** "YYYY-MM-DD", "YYYY-MM", "YYYY", or an ISO datetime with offset; absent when undated. */
  date?: string;
  date_precision: DatePrecision;
  date_basis: DateBasis;
  date_note: string;
  /** Present ("updated") when the stated date is that of a revision, not of publication. */
  date_stated_as?: "updated";
  source: string | null;
  source_basis: "text" | "corrections" | null;
  byline: string | null;
  place: string | null;
  language: string;
  story: string;
  origins: Origin[];
  people: string[];
  places: string[];
  organizations: string[];
  captions: Caption[];
  summary: string;
  word_count: number;
  /** Field names whose value came from content/corrections.yaml. */
  corrected?: string[];
}

export interface ArticleEntry {
  frontMatter: ArticleFrontMatter;
  /** Markdown body: paragraphs and "## " subheadings only. */
  body: string;
  /** Path of the entry relative to --output, e.g. "2020/08/putin-vows-military-support.md". */
  path: string;
}
