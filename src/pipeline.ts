// The ingest, top to bottom: decoded files → segment → classify → extract → date → cluster →
// entries and the report. Pure: no file system, no clock; the same input gives the same output.

import { classifyLines } from "./classify.ts";
import { clusterStories, containment, shingles } from "./cluster.ts";
import { collectCorpusStats } from "./corpus-stats.ts";
import { applyCorrection, type Corrections, sourceForFile } from "./corrections.ts";
import { type ArticleDate, dateArticle, dateFromStory, dayOf, type StoryDay } from "./dates.ts";
import { canonicalPeople, extractEntities } from "./entities.ts";
import { type ExtractedArticle, extract, titleFromLede } from "./extract.ts";
import { articleId, articleSlug, storyId } from "./identity.ts";
import { detectLanguage } from "./language.ts";
import { type IngestReport, type ReportFile, reportFor, settleStatus } from "./report.ts";
import { segment, toLines, wordCount } from "./segment.ts";
import { entryPath, markdownBody } from "./serialize.ts";
import type {
  ArticleEntry,
  ArticleFrontMatter,
  DecodedFile,
  Origin,
  SourceLine,
  TitleBasis,
} from "./types.ts";

export interface SkippedFile {
  file: string;
  reason: string;
}

/** One article as found in one place of one file, before duplicates fold together. */
interface Draft {
  id: string;
  origin: Origin;
  language: string;
  extracted: ExtractedArticle;
  paragraphs: string[];
}

/** An article with every place it was found: identical copies fold into one. */
interface Article extends Draft {
  origins: Origin[];
  shingles: Uint32Array;
}

/** A story's facts, computed once for all its members. */
interface Story {
  id: string;
  members: Article[];
  /** Headlined members a headline-less member may borrow a title from (bounded: huge stories). */
  headlined: Article[];
  day: StoryDay | null;
}

const SUMMARY_MAX_CHARS = 280;
const TITLE_CANDIDATES = 32;

function nonBlank(lines: readonly SourceLine[]): SourceLine[] {
  return lines.filter((l) => l.text !== "");
}

/** Segment, classify and extract every file; lines that hold no article are reported. */
function draftArticles(files: readonly DecodedFile[], reports: Map<string, ReportFile>): Draft[] {
  const stats = collectCorpusStats(files.map((f) => nonBlank(toLines(f.text)).map((l) => l.text)));
  const drafts: Draft[] = [];
  for (const file of files) {
    const report = reports.get(file.file);
    for (const piece of segment(file.file, toLines(file.text))) {
      const lines = nonBlank(piece.lines);
      const first = lines[0];
      const last = lines[lines.length - 1];
      if (!first || !last) continue;
      const language = detectLanguage(lines.map((l) => l.text).join("\n"));
      const extracted = extract(classifyLines(lines, { language, stats }));
      const paragraphs = extracted.blocks.filter((b) => b.kind === "paragraph").map((b) => b.text);
      const removedLines = new Set(extracted.removed.map((r) => r.line));
      if (paragraphs.length === 0) {
        for (const line of lines)
          if (!removedLines.has(line.line))
            extracted.removed.push({ line: line.line, reason: "not-an-article" });
        report?.warnings.push(`lines ${first.line}–${last.line}: no article body found`);
      }
      const textOf = new Map(lines.map((l) => [l.line, l.text]));
      for (const r of extracted.removed)
        report?.removed.push({ ...r, text: (textOf.get(r.line) ?? "").slice(0, 300) });
      if (paragraphs.length === 0) continue;
      const origin: Origin = {
        file: file.file,
        index: piece.index,
        lines: [first.line, last.line],
      };
      drafts.push({
        id: articleId(paragraphs.join("\n\n")),
        origin,
        language,
        extracted,
        paragraphs,
      });
    }
  }
  return drafts;
}

/** Identical articles (same words) become one, listing every origin. */
function foldDuplicates(drafts: readonly Draft[]): Article[] {
  const byId = new Map<string, Article>();
  for (const draft of drafts) {
    const existing = byId.get(draft.id);
    if (existing) existing.origins.push(draft.origin);
    else
      byId.set(draft.id, {
        ...draft,
        origins: [draft.origin],
        shingles: shingles(draft.paragraphs.join("\n")),
      });
  }
  return [...byId.values()];
}

/** The headline of the closest headlined version of the same story, for an article without one. */
function storyTitle(article: Article, headlined: readonly Article[]): string | null {
  let best: { title: string; score: number } | null = null;
  for (const other of headlined) {
    const title = other.extracted.headline;
    if (other === article || !title) continue;
    const score = containment(article.shingles, other.shingles);
    if (!best || score > best.score) best = { title, score };
  }
  return best?.title ?? null;
}

function titleOf(article: Article, story: Story): { title: string; basis: TitleBasis } {
  if (article.extracted.headline) return { title: article.extracted.headline, basis: "headline" };
  const fromStory = storyTitle(article, story.headlined);
  if (fromStory) return { title: fromStory, basis: "story" };
  return { title: titleFromLede(article.extracted.blocks) ?? "Untitled", basis: "lede" };
}

/** The story's best-attested day: an explicit date first, then an inferred one; earliest wins. */
function storyDay(
  story: readonly Article[],
  dates: ReadonlyMap<Article, ArticleDate>,
  titles: ReadonlyMap<Article, string>,
  sources: ReadonlyMap<Article, string | null>,
): StoryDay | null {
  const candidates = story
    .map((a) => ({ article: a, date: dates.get(a) }))
    .filter(
      (c) =>
        c.date && dayOf(c.date) && (c.date.basis === "explicit" || c.date.basis === "inferred"),
    )
    .sort(
      (x, y) =>
        Number(x.date?.basis !== "explicit") - Number(y.date?.basis !== "explicit") ||
        (dayOf(x.date as ArticleDate) ?? "").localeCompare(dayOf(y.date as ArticleDate) ?? ""),
    );
  const best = candidates[0];
  if (!best?.date) return null;
  return {
    day: dayOf(best.date) ?? "",
    title: titles.get(best.article) ?? "",
    from: sources.get(best.article) ?? best.article.origin.file,
  };
}

function summaryOf(article: Article): string {
  const text = article.extracted.standfirst ?? article.paragraphs[0] ?? "";
  if (text.length <= SUMMARY_MAX_CHARS) return text;
  return `${text.slice(0, SUMMARY_MAX_CHARS).replace(/\s+\S*$/, "")}…`;
}

/** Build: decoded files → article entries and the ingest report. */
export function buildArchive(
  files: readonly DecodedFile[],
  skipped: readonly SkippedFile[],
  corrections: Corrections,
): { entries: ArticleEntry[]; report: IngestReport } {
  const reports = new Map<string, ReportFile>(files.map((f) => [f.file, reportFor(f)]));
  const articles = foldDuplicates(draftArticles(files, reports));

  const groups = clusterStories(articles.map((a) => a.shingles));
  const byGroup = new Map<number, Article[]>();
  articles.forEach((a, i) => {
    const group = groups[i] ?? i;
    const members = byGroup.get(group);
    if (members) members.push(a);
    else byGroup.set(group, [a]);
  });
  const storyOf = new Map<Article, Story>();
  for (const members of byGroup.values()) {
    const headlined = members.filter((m) => m.extracted.headline).slice(0, TITLE_CANDIDATES);
    const story: Story = { id: storyId(members.map((m) => m.id)), members, headlined, day: null };
    for (const a of members) storyOf.set(a, story);
  }
  const storyFor = (a: Article): Story => storyOf.get(a) as Story;

  const titles = new Map<Article, { title: string; basis: TitleBasis }>();
  const sources = new Map<Article, string | null>();
  const ownDates = new Map<Article, ArticleDate>();
  for (const a of articles) {
    titles.set(a, titleOf(a, storyFor(a)));
    sources.set(a, sourceForFile(corrections, a.origin.file) ?? a.extracted.source);
    ownDates.set(
      a,
      dateArticle({
        statements: a.extracted.dateStatements,
        captions: a.extracted.captions,
        paragraphs: a.paragraphs,
        language: a.language,
      }),
    );
  }
  const titleText = new Map([...titles].map(([a, t]) => [a, t.title]));
  for (const story of new Set(storyOf.values()))
    story.day = storyDay(story.members, ownDates, titleText, sources);

  const entities = new Map(articles.map((a) => [a, extractEntities(a.paragraphs, a.language)]));
  const canonical = canonicalPeople([...entities.values()].flatMap((e) => e.people));

  const warnings: string[] = [...corrections.warnings];
  const entries = articles.map((a): ArticleEntry => {
    const story = storyFor(a);
    const date = dateFromStory(ownDates.get(a) as ArticleDate, story.day);
    const title = titles.get(a) ?? { title: "Untitled", basis: "lede" as const };
    const source = sources.get(a) ?? null;
    const found = entities.get(a) ?? { people: [], places: [], organizations: [] };
    const subheadings = a.extracted.blocks
      .filter((b) => b.kind === "subheading")
      .map((b) => b.text);
    const frontMatter: ArticleFrontMatter = {
      id: a.id,
      title: title.title,
      title_basis: title.basis,
      date: date.date,
      date_precision: date.precision,
      date_basis: date.basis,
      date_note: date.note,
      source,
      source_basis:
        source === null ? null : sourceForFile(corrections, a.origin.file) ? "corrections" : "text",
      byline: a.extracted.byline,
      place: a.extracted.place,
      language: a.language,
      story: story.id,
      origins: a.origins,
      people: [...new Set(found.people.map((p) => canonical.get(p) ?? p))].sort(),
      places: found.places,
      organizations: found.organizations,
      captions: a.extracted.captions.map(({ text, credit, file_photo }) => ({
        text,
        credit,
        file_photo,
      })),
      summary: summaryOf(a),
      word_count: wordCount([...a.paragraphs, ...subheadings].join(" ")),
    };
    const corrected = applyCorrection(frontMatter, corrections.articles.get(a.id), warnings);
    for (const origin of a.origins)
      reports
        .get(origin.file)
        ?.articles.push({ id: a.id, index: origin.index, lines: origin.lines });
    if (corrected.date_basis === "none")
      warnings.push(`${a.origin.file} #${a.origin.index} (${a.id}): undated`);
    // The slug comes from the article's own words, never a title borrowed from its story or set
    // by a correction, so other articles and later edits do not move its permalink.
    const ownTitle = a.extracted.headline ?? titleFromLede(a.extracted.blocks) ?? "article";
    return {
      frontMatter: corrected,
      body: markdownBody(a.extracted.blocks),
      path: entryPath(corrected, articleSlug(ownTitle, a.id)),
    };
  });
  entries.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));

  const report: IngestReport = {
    summary: {
      files: files.length + skipped.length,
      archived_files: files.length,
      skipped_files: skipped.length,
      articles: entries.length,
      stories: new Set(entries.map((e) => e.frontMatter.story)).size,
      undated: entries.filter((e) => e.frontMatter.date_basis === "none").length,
      warnings: 0,
    },
    files: [
      ...[...reports.values()].map(settleStatus),
      ...skipped.map((s) => ({
        file: s.file,
        status: "skipped" as const,
        reason: s.reason,
        articles: [],
        removed: [],
        warnings: [],
      })),
    ].sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0)),
    warnings: [
      ...warnings,
      ...[...reports.values()].flatMap((r) => r.warnings.map((w) => `${r.file}: ${w}`)),
      ...skipped.map((s) => `${s.file}: skipped: ${s.reason}`),
    ].sort(),
  };
  report.summary.warnings = report.warnings.length;
  return { entries, report };
}
