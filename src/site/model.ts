// The archive model, built once per build from every entry's front matter (never bodies).
// Every lookup a page needs (neighbours in time, the same story, entity and source pages)
// is a Map built here in O(n log n), so rendering a page never scans the whole archive.
import { type ArticleRecord, compareRecords, isSuppliedTitle, listedTitle } from "./record.ts";
import { uniqueSlugs } from "./slug.ts";

export type EntityKind = "people" | "places" | "organizations";
export const ENTITY_KINDS: readonly EntityKind[] = ["people", "places", "organizations"];
export const isEntityKind = (kind: string): kind is EntityKind =>
  (ENTITY_KINDS as readonly string[]).includes(kind);

/** A named group of articles with a page of its own (story, entity, source). */
export interface Group {
  key: string;
  label: string;
  url: string;
  /** Oldest first. */
  articles: ArticleRecord[];
}

export interface ArticleContext {
  record: ArticleRecord;
  previous: ArticleRecord | null;
  next: ArticleRecord | null;
  story: Group | null;
  /** Up to SAME_STORY_SHOWN other versions of the story, the nearest in time. */
  sameStory: ArticleRecord[];
}

/** An article page lists at most this many other versions; the story page lists them all. */
export const SAME_STORY_SHOWN = 10;

export interface MonthCount {
  year: number;
  month: number;
  count: number;
}

export interface ArchiveModel {
  /** Oldest first; undated entries first of all. */
  articles: ArticleRecord[];
  dated: ArticleRecord[];
  undated: ArticleRecord[];
  byUrl: Map<string, ArticleContext>;
  /** Stories with more than one article, largest first. */
  stories: Group[];
  /** Every entity, each with a page of its own only when `hasOwnPage`. */
  entities: Record<EntityKind, Group[]>;
  /** The entity's page, or null when it has none (see `hasOwnPage`). */
  entityUrl: (kind: EntityKind, name: string) => string | null;
  /**
   * Whether a story or entity is offered as a search filter: only the FILTER_VALUES most
   * frequent of each kind are, because the search UI downloads every filter value up front.
   */
  isFilter: (kind: EntityKind | "story", key: string) => boolean;
  /** Largest first; the unknown source (if any) is one group among them. */
  sources: Group[];
  sourceUrl: (source: string | null) => string;
  months: MonthCount[];
}

export const FILTER_VALUES = 50;
export const UNKNOWN_SOURCE = "Unknown source";
export const UNKNOWN_SOURCE_URL = "/sources/unknown/";

function groupBy(
  articles: readonly ArticleRecord[],
  keysOf: (a: ArticleRecord) => readonly string[],
): Map<string, ArticleRecord[]> {
  const groups = new Map<string, ArticleRecord[]>();
  for (const article of articles) {
    for (const key of new Set(keysOf(article))) {
      const list = groups.get(key);
      if (list) list.push(article);
      else groups.set(key, [article]);
    }
  }
  return groups;
}

/**
 * A story is named by a version's own headline: an explicitly dated one's first. A story whose
 * versions have none is named by a first sentence, in brackets like every title the text does
 * not give.
 */
function storyLabel(versions: readonly ArticleRecord[]): string {
  const headlined = versions.filter((a) => !isSuppliedTitle(a));
  const named = headlined.find((a) => a.dateBasis === "explicit") ?? headlined[0] ?? versions[0];
  return named ? listedTitle(named) : "";
}

function toGroups(
  grouped: Map<string, ArticleRecord[]>,
  base: string,
  label: (key: string, articles: ArticleRecord[]) => string,
  reserved?: ReadonlySet<string>,
): Group[] {
  const slugs = uniqueSlugs(grouped.keys(), reserved, (key) => grouped.get(key)?.length ?? 0);
  return [...grouped].map(([key, articles]) => ({
    key,
    label: label(key, articles),
    url: `${base}${slugs.get(key)}/`,
    articles,
  }));
}

const bySize = (a: Group, b: Group): number =>
  b.articles.length - a.articles.length || a.label.localeCompare(b.label);
const byLabel = (a: Group, b: Group): number => a.label.localeCompare(b.label);

function mostFrequent(groups: readonly Group[]): Set<string> {
  return new Set(
    [...groups]
      .sort(bySize)
      .slice(0, FILTER_VALUES)
      .map((g) => g.key),
  );
}

/**
 * Whether an entity has a page of its own. One named by a single article has none, as a story
 * of one article has none: that page would only list the article that links to it (at 10,000
 * articles three quarters of the people are named once). Its slug is still reserved, so the
 * page it gets when a second article names it is at the URL it would always have had.
 */
export const hasOwnPage = (entity: Group): boolean => entity.articles.length > 1;

/** Where a list of entities links to: the entity's page, or else the one article naming it. */
export const entityLinkUrl = (entity: Group): string =>
  hasOwnPage(entity) ? entity.url : (entity.articles[0]?.url ?? entity.url);

function urlLookup(groups: readonly Group[]): Map<string, string> {
  return new Map(groups.map((g) => [g.key, g.url]));
}

/** The versions nearest to position `index` of a story's chronological list, itself excluded. */
export function nearestVersions(
  articles: readonly ArticleRecord[],
  index: number,
): ArticleRecord[] {
  const start = Math.max(
    0,
    Math.min(index - SAME_STORY_SHOWN / 2, articles.length - SAME_STORY_SHOWN - 1),
  );
  return articles
    .slice(start, start + SAME_STORY_SHOWN + 1)
    .filter((_, i) => start + i !== index)
    .slice(0, SAME_STORY_SHOWN);
}

/** Each article's position in its story's chronological list. */
function storyPositions(stories: Iterable<Group>): Map<ArticleRecord, number> {
  const positions = new Map<ArticleRecord, number>();
  for (const story of stories) {
    for (const [i, article] of story.articles.entries()) positions.set(article, i);
  }
  return positions;
}

function neighbours(
  chain: readonly ArticleRecord[],
  stories: Map<string, Group>,
  positions: Map<ArticleRecord, number>,
) {
  return chain.map((record, i): ArticleContext => {
    const story = stories.get(record.story) ?? null;
    return {
      record,
      previous: chain[i - 1] ?? null,
      next: chain[i + 1] ?? null,
      story,
      sameStory: story ? nearestVersions(story.articles, positions.get(record) ?? 0) : [],
    };
  });
}

function monthCounts(dated: readonly ArticleRecord[]): MonthCount[] {
  const counts = new Map<string, MonthCount>();
  for (const { date } of dated) {
    if (date.year === undefined || date.month === undefined) continue;
    const key = `${date.year}-${date.month}`;
    const entry = counts.get(key) ?? { year: date.year, month: date.month, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()];
}

// The unknown source is stored under this key; no real source name can contain NUL.
const UNKNOWN_KEY = "\u0000";

export function buildModel(records: readonly ArticleRecord[]): ArchiveModel {
  const articles = [...records].sort(compareRecords);
  const undated = articles.filter((a) => a.date.precision === "none");
  const dated = articles.filter((a) => a.date.precision !== "none");

  const storyGroups = toGroups(
    new Map([...groupBy(articles, (a) => [a.story])].filter(([, list]) => list.length > 1)),
    "/stories/",
    (_key, list) => storyLabel(list),
  ).sort(bySize);
  const storyByKey = new Map(storyGroups.map((g) => [g.key, g]));

  const entities = {} as Record<EntityKind, Group[]>;
  const entityUrls = {} as Record<EntityKind, Map<string, string>>;
  const filters = { story: mostFrequent(storyGroups) } as Record<EntityKind | "story", Set<string>>;
  for (const kind of ENTITY_KINDS) {
    entities[kind] = toGroups(
      groupBy(articles, (a) => a[kind]),
      `/${kind}/`,
      (k) => k,
    ).sort(byLabel);
    entityUrls[kind] = urlLookup(entities[kind].filter(hasOwnPage));
    filters[kind] = mostFrequent(entities[kind]);
  }

  const sources = toGroups(
    groupBy(articles, (a) => [a.source ?? UNKNOWN_KEY]),
    "/sources/",
    (key) => (key === UNKNOWN_KEY ? UNKNOWN_SOURCE : key),
    new Set(["unknown"]),
  )
    .map((g) => (g.key === UNKNOWN_KEY ? { ...g, url: UNKNOWN_SOURCE_URL } : g))
    .sort(bySize);
  const sourceUrls = urlLookup(sources);

  const positions = storyPositions(storyGroups);
  const byUrl = new Map(
    [undated, dated]
      .flatMap((chain) => neighbours(chain, storyByKey, positions))
      .map((c) => [c.record.url, c]),
  );

  return {
    articles,
    dated,
    undated,
    byUrl,
    stories: storyGroups,
    entities,
    entityUrl: (kind, name) => entityUrls[kind].get(name) ?? null,
    isFilter: (kind, key) => filters[kind].has(key),
    sources,
    sourceUrl: (source) => sourceUrls.get(source ?? UNKNOWN_KEY) ?? "/sources/",
    months: monthCounts(dated),
  };
}
