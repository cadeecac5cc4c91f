// The ingest, top to bottom: decoded files → analyse each file (segment → classify → extract →
// date → entities) → fold identical articles → cluster stories → titles and dates from stories →
// corrections → entries and the report. Pure: no file system, no clock; same input, same output.

import { type AnalysedArticle, analyseFile, corpusStatsOf, type FileAnalysis } from "./analyse.ts";
import { clusterStories, containment, type PairMemo } from "./cluster.ts";
import { applyCorrection, type Corrections, sourceForFile } from "./corrections.ts";
import { dateFromStory, dayOf, PRECISION_RANK, type StoryDay } from "./dates.ts";
import { canonicalAcronyms, canonicalCasing, canonicalPeople } from "./entities.ts";
import { articleSlug, storyId } from "./identity.ts";
import { byCodePoint } from "./order.ts";
import { type IngestReport, type ReportFile, reportFor, settleStatus } from "./report.ts";
import { entryPath } from "./serialize.ts";
import type {
  ArticleEntry,
  ArticleFrontMatter,
  DateBasis,
  DecodedFile,
  Origin,
  TitleBasis,
} from "./types.ts";

export interface SkippedFile {
  file: string;
  reason: string;
}

/** An article with every place it was found: identical copies fold into one. */
interface Article extends AnalysedArticle {
  origins: Origin[];
}

/** A story's facts, computed once for all its members. */
interface Story {
  id: string;
  members: Article[];
  /** Headlined members a headline-less member may borrow a title from (bounded: huge stories). */
  headlined: Article[];
  day: StoryDay | null;
}

const TITLE_CANDIDATES = 32;

const BASIS_STRENGTH: Record<DateBasis, number> = { explicit: 3, inferred: 2, story: 1, none: 0 };

/** Which copy of identical ones leads: the best-dated, then one with a headline. */
const leadRank = (copy: AnalysedArticle): number =>
  BASIS_STRENGTH[copy.ownDate.basis] * 8 +
  PRECISION_RANK[copy.ownDate.precision] * 2 +
  (copy.headline === null ? 0 : 1);

/** The date a copy states, with its label: an inferred one is no part of what the copy says. */
const statedDate = (copy: AnalysedArticle): string =>
  copy.ownDate.basis === "explicit" ? `${copy.ownDate.date} ${copy.ownDate.statedAs ?? ""}` : "";

/** Two copies' texts differ beyond case ("Police Detain Dozens" is "Police detain dozens"). */
const differs = (a: string | null, b: string | null): boolean =>
  a?.toLowerCase() !== b?.toLowerCase();

/** A copy's origin, with its own headline, byline and stated date where they differ from the lead's. */
function originOf(copy: AnalysedArticle, lead: AnalysedArticle): Origin {
  const own = copy.ownDate.basis === "explicit" ? copy.ownDate : null;
  return {
    ...copy.origin,
    ...(differs(copy.headline, lead.headline) && { headline: copy.headline }),
    ...(differs(copy.byline, lead.byline) && { byline: copy.byline }),
    ...(statedDate(copy) !== statedDate(lead) && {
      date: own?.date ?? null,
      ...(own?.statedAs && { date_stated_as: own.statedAs }),
    }),
  };
}

/**
 * Identical articles (same words) become one, listing every origin. The copy that states its
 * date best leads (the first found among equals), and each origin keeps what its copy says
 * otherwise.
 */
function foldDuplicates(analyses: readonly FileAnalysis[]): Article[] {
  const copiesById = new Map<string, AnalysedArticle[]>();
  for (const article of analyses.flatMap((a) => a.articles)) {
    const copies = copiesById.get(article.id);
    if (copies) copies.push(article);
    else copiesById.set(article.id, [article]);
  }
  return [...copiesById.values()].map((copies) => {
    const lead = copies.reduce((best, copy) => (leadRank(copy) > leadRank(best) ? copy : best));
    return { ...lead, origins: copies.map((copy) => originOf(copy, lead)) };
  });
}

/**
 * Story verdicts on pairs of articles, by their ids ("id id", the smaller first): an id names the
 * article's words, so the verdict on two ids never changes and can be kept from run to run.
 */
export type StoryPairs = Map<string, boolean>;

/** A memo over `known` that records in `used` every verdict this run needed. */
function pairMemo(articles: readonly Article[], known: StoryPairs, used: StoryPairs): PairMemo {
  const keyOf = (a: number, b: number): string => {
    const [x, y] = [articles[a]?.id ?? "", articles[b]?.id ?? ""];
    return x < y ? `${x} ${y}` : `${y} ${x}`;
  };
  return {
    related(a, b) {
      const key = keyOf(a, b);
      const related = known.get(key);
      if (related !== undefined) used.set(key, related);
      return related;
    },
    remember(a, b, related) {
      used.set(keyOf(a, b), related);
    },
  };
}

function groupStories(articles: readonly Article[], memo: PairMemo): Map<Article, Story> {
  const groups = clusterStories(
    articles.map((a) => a.shingles),
    memo,
  );
  const byGroup = new Map<number, Article[]>();
  articles.forEach((a, i) => {
    const group = groups[i] ?? i;
    const members = byGroup.get(group);
    if (members) members.push(a);
    else byGroup.set(group, [a]);
  });
  const storyOf = new Map<Article, Story>();
  for (const members of byGroup.values()) {
    const headlined = members.filter((m) => m.headline).slice(0, TITLE_CANDIDATES);
    const story: Story = { id: storyId(members.map((m) => m.id)), members, headlined, day: null };
    for (const a of members) storyOf.set(a, story);
  }
  return storyOf;
}

/** The headline of the closest headlined version of the same story, for an article without one. */
function storyTitle(article: Article, headlined: readonly Article[]): string | null {
  let best: { title: string; score: number } | null = null;
  for (const other of headlined) {
    if (other === article || !other.headline) continue;
    const score = containment(article.shingles, other.shingles);
    if (!best || score > best.score) best = { title: other.headline, score };
  }
  return best?.title ?? null;
}

function titleOf(article: Article, story: Story): { title: string; basis: TitleBasis } {
  if (article.headline) return { title: article.headline, basis: "headline" };
  const fromStory = storyTitle(article, story.headlined);
  if (fromStory) return { title: fromStory, basis: "story" };
  return { title: article.ledeTitle ?? "Untitled", basis: "lede" };
}

/** Names as the archive spells them (`canonical`), each once, sorted. */
const canonicalNames = (
  names: readonly string[],
  canonical: ReadonlyMap<string, string>,
): string[] => [...new Set(names.map((name) => canonical.get(name) ?? name))].sort();

/** A title that is the article's own headline; one derived or borrowed is not quoted as its name. */
const ownHeadline = (title: { title: string; basis: string } | undefined): string | null =>
  title?.basis === "headline" ? title.title : null;

/** The story's best-attested day: an explicit date first, then an inferred one; earliest wins. */
function storyDay(
  story: Story,
  titleOfArticle: (a: Article) => string | null,
  sourceOf: (a: Article) => string | null,
): StoryDay | null {
  // A stated publication date, then a stated revision time, then an inferred date; earliest first.
  const rankOf = ({ basis, statedAs }: Article["ownDate"]): number =>
    basis === "explicit" ? (statedAs === "updated" ? 1 : 2) : 0;
  let best: { article: Article; day: string; rank: number } | null = null;
  for (const article of story.members) {
    const day = dayOf(article.ownDate);
    const basis = article.ownDate.basis;
    if (!day || (basis !== "explicit" && basis !== "inferred")) continue;
    const rank = rankOf(article.ownDate);
    if (!best || rank > best.rank || (rank === best.rank && day < best.day))
      best = { article, day, rank };
  }
  if (!best) return null;
  return {
    day: best.day,
    title: titleOfArticle(best.article),
    from: sourceOf(best.article) ?? best.article.origin.file,
    updated: best.article.ownDate.statedAs === "updated",
  };
}

/** What an article's slug is made of. */
type SlugSource = Pick<AnalysedArticle, "headline" | "ledeTitle" | "id">;

/**
 * The slug comes from the article's own words, never a title borrowed from its story or set by a
 * correction, so other articles and later edits do not move its permalink.
 */
const slugOf = (a: SlugSource, idLength?: number): string =>
  articleSlug(a.headline ?? a.ledeTitle ?? "article", a.id, idLength);

/**
 * Where an entry's page is published: as its path, but an article dated by its story is published
 * among the undated ones (its own date is none, and a borrowed one moves; src/site/urls.ts).
 */
const pageAddress = (entry: ArticleEntry): string =>
  entry.frontMatter.date_basis === "story" ? `undated/${entry.path.split("/").at(-1)}` : entry.path;

/**
 * Articles whose entries or pages would share a path (one folder, one title, one start of id)
 * each take their whole id into the slug instead, so none overwrites another. `entries[i]` is
 * `articles[i]`'s.
 */
export function separateCollidingPaths(
  entries: ArticleEntry[],
  articles: readonly SlugSource[],
): void {
  const count = new Map<string, number>();
  for (const e of entries)
    for (const place of new Set([e.path, pageAddress(e)]))
      count.set(place, (count.get(place) ?? 0) + 1);
  entries.forEach((entry, i) => {
    const article = articles[i] as SlugSource;
    if ((count.get(entry.path) ?? 0) > 1 || (count.get(pageAddress(entry)) ?? 0) > 1)
      entry.path = entryPath(entry.frontMatter, slugOf(article, article.id.length));
  });
}

function skippedReport(skipped: SkippedFile): ReportFile {
  return {
    file: skipped.file,
    status: "skipped",
    reason: skipped.reason,
    articles: [],
    removed: [],
    warnings: [],
  };
}

/**
 * Assemble: per-file analyses → entries and the report, with the facts that span files. The
 * analyses are taken in file order whatever order they come in, since the first found of
 * identical articles leads (its headline and slug) and ties between story dates go to the first.
 * Story verdicts known from an earlier run may be given; the ones this run used are returned.
 */
export function assembleArchive(
  unordered: readonly FileAnalysis[],
  skipped: readonly SkippedFile[],
  corrections: Corrections,
  knownPairs: StoryPairs = new Map(),
): { entries: ArticleEntry[]; report: IngestReport; storyPairs: StoryPairs } {
  const analyses = [...unordered].sort((x, y) => byCodePoint(x.file, y.file));
  const reports = new Map<string, ReportFile>(analyses.map((a) => [a.file, reportFor(a)]));
  const articles = foldDuplicates(analyses);
  const storyPairs: StoryPairs = new Map();
  const storyOf = groupStories(articles, pairMemo(articles, knownPairs, storyPairs));
  const storyFor = (a: Article): Story => storyOf.get(a) as Story;

  const titles = new Map(articles.map((a) => [a, titleOf(a, storyFor(a))]));
  // A source named by corrections.yaml wins over one the text names; each is looked up once.
  const sources = new Map(
    articles.map((a) => {
      const corrected = sourceForFile(corrections, a.origin.file);
      return [
        a,
        corrected
          ? { name: corrected, basis: "corrections" as const }
          : a.source
            ? { name: a.source, basis: "text" as const }
            : null,
      ];
    }),
  );
  const sourceOf = (a: Article): string | null => sources.get(a)?.name ?? null;
  for (const story of new Set(storyOf.values()))
    story.day = storyDay(story, (a) => ownHeadline(titles.get(a)), sourceOf);
  const casing = canonicalCasing(
    articles.flatMap(({ entities: e }) => [...e.people, ...e.places, ...e.organizations]),
  );
  const cased = (names: readonly string[]): string[] => names.map((n) => casing.get(n) ?? n);
  const canonical = canonicalPeople(articles.flatMap((a) => cased(a.entities.people)));
  const spelledOut = canonicalAcronyms(articles.flatMap((a) => cased(a.entities.organizations)));

  const warnings: string[] = [...corrections.warnings];
  const entries = articles.map((a): ArticleEntry => {
    const story = storyFor(a);
    const date = dateFromStory(a.ownDate, story.day);
    const title = titles.get(a) ?? { title: "Untitled", basis: "lede" as const };
    const source = sourceOf(a);
    const frontMatter: ArticleFrontMatter = {
      id: a.id,
      title: title.title,
      title_basis: title.basis,
      date: date.date,
      date_precision: date.precision,
      date_basis: date.basis,
      date_note: date.note,
      date_stated_as: date.statedAs,
      source,
      source_basis: sources.get(a)?.basis ?? null,
      byline: a.byline,
      place: a.place,
      language: a.language,
      story: story.id,
      origins: a.origins,
      people: canonicalNames(cased(a.entities.people), canonical),
      places: canonicalNames(a.entities.places, casing),
      organizations: canonicalNames(cased(a.entities.organizations), spelledOut),
      captions: a.captions,
      summary: a.summary,
      word_count: a.wordCount,
    };
    const corrected = applyCorrection(frontMatter, corrections.articles.get(a.id), warnings);
    for (const origin of a.origins)
      reports
        .get(origin.file)
        ?.articles.push({ id: a.id, index: origin.index, lines: origin.lines });
    if (corrected.date_basis === "none")
      warnings.push(`${a.origin.file} #${a.origin.index} (${a.id}): undated`);
    return { frontMatter: corrected, body: a.body, path: entryPath(corrected, slugOf(a)) };
  });
  const ids = new Set(articles.map((a) => a.id));
  for (const id of corrections.articles.keys())
    if (!ids.has(id))
      warnings.push(`corrections: no article has the id "${id}"; its corrections are unused`);
  separateCollidingPaths(entries, articles);
  entries.sort((x, y) => byCodePoint(x.path, y.path));

  const report: IngestReport = {
    summary: {
      files: analyses.length + skipped.length,
      archived_files: analyses.length,
      skipped_files: skipped.length,
      articles: entries.length,
      stories: new Set(entries.map((e) => e.frontMatter.story)).size,
      undated: entries.filter((e) => e.frontMatter.date_basis === "none").length,
      warnings: 0,
    },
    files: [...[...reports.values()].map(settleStatus), ...skipped.map(skippedReport)].sort(
      (x, y) => byCodePoint(x.file, y.file),
    ),
    warnings: [
      ...warnings,
      ...[...reports.values()].flatMap((r) => r.warnings.map((w) => `${r.file}: ${w}`)),
      ...skipped.map((s) => `${s.file}: skipped: ${s.reason}`),
    ].sort(byCodePoint),
  };
  report.summary.warnings = report.warnings.length;
  return { entries, report, storyPairs };
}

/** Build: decoded files → entries and the report, on this thread. */
export function buildArchive(
  files: readonly DecodedFile[],
  skipped: readonly SkippedFile[],
  corrections: Corrections,
): { entries: ArticleEntry[]; report: IngestReport } {
  const stats = corpusStatsOf(files);
  return assembleArchive(
    files.map((file) => analyseFile(file, stats)),
    skipped,
    corrections,
  );
}
