// Descriptors of every listing page (archive by time, stories, entities, sources), already
// chunked into pages, so one paginated template can render them all. A descriptor holds
// everything its page shows and nothing else (the page is rendered from it alone), so its hash
// tells whether the page changed since the last build (src/site/page-keys.ts).
import { dateKey, monthName } from "./dates.ts";
import {
  type ArchiveModel,
  ENTITY_KINDS,
  type EntityKind,
  entityLinkUrl,
  type Group,
  hasOwnPage,
  type MonthCount,
} from "./model.ts";
import { type ArticleRecord, newestFirst } from "./record.ts";
import { dayUrl, monthUrl, pageUrl, yearUrl } from "./urls.ts";

export const ARTICLES_PER_PAGE = 50;
export const GROUPS_PER_PAGE = 200;

export interface Pager {
  /** 0-based. */
  index: number;
  count: number;
  base: string;
}

export interface Link {
  label: string;
  url: string;
  count?: number;
}

export type GroupKind = EntityKind | "sources";

/** An article in a list, with the page of its source. */
export interface ListedArticle {
  record: ArticleRecord;
  sourceUrl: string;
}

/** What a page shows of the group it lists: its name and size. */
export interface GroupHeading {
  label: string;
  count: number;
}

interface PageBase {
  url: string;
  title: string;
  crumbs: Link[];
  pager: Pager | null;
}

export type ListingPage = PageBase &
  (
    | {
        kind: "archive";
        periods: Link[];
        counts: { articles: number; dated: number; undated: number };
        months: MonthCount[];
      }
    | {
        kind: "period";
        /** The year, month or day's parts with counts ("Months", "Days"), if any. */
        parts: { heading: string; links: Link[] } | null;
        articles: ListedArticle[];
        /** The months of a year page's timeline; null on other pages. */
        timeline: MonthCount[] | null;
      }
    | { kind: "groups"; groupKind: GroupKind | "stories"; groups: Link[] }
    | { kind: "group"; groupKind: GroupKind; group: GroupHeading; articles: ListedArticle[] }
    | { kind: "story"; group: GroupHeading; articles: ArticleRecord[] }
  );

type Distribute<T> = T extends unknown ? Omit<T, "url" | "pager"> : never;
type PageContent = Distribute<ListingPage>;

export const GROUP_TITLES: Record<GroupKind | "stories", string> = {
  people: "People",
  places: "Places",
  organizations: "Organizations",
  sources: "Sources",
  stories: "Stories",
};

/** Splits `items` into pages of `size` (always at least one page) under `base`. */
function paginate<T>(
  base: string,
  items: readonly T[],
  size: number,
  page: (chunk: T[]) => PageContent,
): ListingPage[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => {
    const content = page(items.slice(index * size, (index + 1) * size));
    return {
      ...content,
      url: pageUrl(base, index),
      pager: count > 1 ? { index, count, base } : null,
    } as ListingPage;
  });
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

const everyGroup = (): boolean => true;

const ARCHIVE: Link = { label: "Archive", url: "/archive/" };

/** An article as `model`'s lists show it. */
export const listedIn =
  (model: ArchiveModel) =>
  (record: ArticleRecord): ListedArticle => ({ record, sourceUrl: model.sourceUrl(record.source) });

const headingOf = (group: Group): GroupHeading => ({
  label: group.label,
  count: group.articles.length,
});

const groupLinks = (groups: readonly Group[], urlOf = (g: Group) => g.url): Link[] =>
  groups.map((g) => ({ label: g.label, url: urlOf(g), count: g.articles.length }));

function timePages(model: ArchiveModel): ListingPage[] {
  const pages: ListingPage[] = [];
  const listed = listedIn(model);
  const byYear = countBy(model.dated, (a) => String(a.date.year));
  const years: Link[] = [...byYear].map(([year, list]) => ({
    label: year,
    url: yearUrl(Number(year)),
    count: list.length,
  }));
  if (model.undated.length > 0) {
    years.push({ label: "Undated", url: "/undated/", count: model.undated.length });
  }
  pages.push({
    kind: "archive",
    url: "/archive/",
    title: "Archive",
    crumbs: [],
    pager: null,
    periods: years,
    counts: {
      articles: model.articles.length,
      dated: model.dated.length,
      undated: model.undated.length,
    },
    months: model.months,
  });

  for (const [yearText, inYear] of byYear) {
    const year = Number(yearText);
    const yearCrumb: Link = { label: yearText, url: yearUrl(year) };
    const byMonth = countBy(
      inYear.filter((a) => a.date.month !== undefined),
      (a) => dateKey(a.date).slice(0, 7),
    );
    const months: Link[] = [];
    for (const [, inMonth] of byMonth) {
      const month = inMonth[0]?.date.month ?? 1;
      const base = monthUrl(year, month);
      const title = monthName(year, month);
      months.push({ label: title, url: base, count: inMonth.length });
      const byDay = countBy(
        inMonth.filter((a) => a.date.day !== undefined),
        (a) => dateKey(a.date),
      );
      const days: Link[] = [...byDay].map(([key, inDay]) => {
        const day = inDay[0]?.date.day ?? 1;
        const dayBase = dayUrl(year, month, day);
        const dayTitle = `${day} ${title}`;
        pages.push(
          ...paginate(dayBase, inDay, ARTICLES_PER_PAGE, (articles) => ({
            kind: "period",
            title: dayTitle,
            crumbs: [ARCHIVE, yearCrumb, { label: title, url: base }],
            parts: null,
            articles: articles.map(listed),
            timeline: null,
          })),
        );
        return { label: key.slice(8), url: dayBase, count: inDay.length };
      });
      pages.push(
        ...paginate(base, inMonth, ARTICLES_PER_PAGE, (articles) => ({
          kind: "period",
          title,
          crumbs: [ARCHIVE, yearCrumb],
          parts: { heading: "Days", links: days },
          articles: articles.map(listed),
          timeline: null,
        })),
      );
    }
    const yearOnly = inYear.filter((a) => a.date.month === undefined);
    pages.push(
      ...paginate(yearUrl(year), yearOnly, ARTICLES_PER_PAGE, (articles) => ({
        kind: "period",
        title: yearText,
        crumbs: [ARCHIVE],
        parts: { heading: "Months", links: months },
        articles: articles.map(listed),
        timeline: model.months.filter((m) => m.year === year),
      })),
    );
  }
  if (model.undated.length > 0) {
    pages.push(
      ...paginate("/undated/", model.undated, ARTICLES_PER_PAGE, (articles) => ({
        kind: "period",
        title: "Undated",
        crumbs: [ARCHIVE],
        parts: null,
        articles: articles.map(listed),
        timeline: null,
      })),
    );
  }
  return pages;
}

/** The index of `groups` (each linked to `urlOf` it) and a page for each that `ownPage` keeps. */
function groupPages(
  model: ArchiveModel,
  groupKind: GroupKind,
  groups: readonly Group[],
  ownPage: (group: Group) => boolean,
  urlOf: (group: Group) => string,
): ListingPage[] {
  const listed = listedIn(model);
  const title = GROUP_TITLES[groupKind];
  const indexCrumb: Link = { label: title, url: `/${groupKind}/` };
  return [
    ...paginate(`/${groupKind}/`, groups, GROUPS_PER_PAGE, (chunk) => ({
      kind: "groups",
      groupKind,
      title,
      crumbs: [],
      groups: groupLinks(chunk, urlOf),
    })),
    ...groups.filter(ownPage).flatMap((group) =>
      paginate(group.url, newestFirst(group.articles), ARTICLES_PER_PAGE, (articles) => ({
        kind: "group",
        groupKind,
        group: headingOf(group),
        title: group.label,
        crumbs: [indexCrumb],
        articles: articles.map(listed),
      })),
    ),
  ];
}

function storyPages(stories: readonly Group[]): ListingPage[] {
  const indexCrumb: Link = { label: "Stories", url: "/stories/" };
  return [
    ...paginate("/stories/", stories, GROUPS_PER_PAGE, (chunk) => ({
      kind: "groups",
      groupKind: "stories",
      title: "Stories",
      crumbs: [],
      groups: groupLinks(chunk),
    })),
    ...stories.flatMap((group) =>
      paginate(group.url, group.articles, ARTICLES_PER_PAGE, (articles) => ({
        kind: "story",
        group: headingOf(group),
        articles,
        title: group.label,
        crumbs: [indexCrumb],
      })),
    ),
  ];
}

export function listingPages(model: ArchiveModel): ListingPage[] {
  return [
    ...timePages(model),
    ...storyPages(model.stories),
    ...ENTITY_KINDS.flatMap((kind) =>
      groupPages(model, kind, model.entities[kind], hasOwnPage, entityLinkUrl),
    ),
    ...groupPages(model, "sources", model.sources, everyGroup, (g) => g.url),
  ];
}
