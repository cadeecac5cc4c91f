// What an article page shows besides its entry (body and captions), drawn from the archive
// model: its record, its source, neighbours in time, story and entity links. The page is
// rendered from this view and its entry alone, so the two tell whether it changed since the
// last build (src/site/page-keys.ts).
import { type ArchiveModel, ENTITY_KINDS, type EntityKind } from "./model.ts";
import { type ArticleRecord, listedTitle } from "./record.ts";

export interface EntityLink {
  name: string;
  /** Null when this article is the only one naming it (model.hasOwnPage). */
  url: string | null;
  /** Offered as a search filter (model.isFilter). */
  filter: boolean;
}

export interface TitledLink {
  url: string;
  title: string;
}

export interface ArticleView {
  record: ArticleRecord;
  sourceUrl: string;
  entities: Record<EntityKind, EntityLink[]>;
  story: { label: string; url: string; versions: number; filter: boolean } | null;
  /** The other versions of the story shown on the page (model.ts: nearest in time). */
  sameStory: ArticleRecord[];
  previous: TitledLink | null;
  next: TitledLink | null;
}

const titled = (record: ArticleRecord | null): TitledLink | null =>
  record && { url: record.url, title: listedTitle(record) };

/** The view of the article page at `url`, or undefined when no entry has that URL. */
export function articleView(model: ArchiveModel, url: string): ArticleView | undefined {
  const context = model.byUrl.get(url);
  if (!context) return undefined;
  const { record, story } = context;
  const entities = {} as Record<EntityKind, EntityLink[]>;
  for (const kind of ENTITY_KINDS) {
    entities[kind] = record[kind].map((name) => ({
      name,
      url: model.entityUrl(kind, name),
      filter: model.isFilter(kind, name),
    }));
  }
  return {
    record,
    sourceUrl: model.sourceUrl(record.source),
    entities,
    story: story && {
      label: story.label,
      url: story.url,
      versions: story.articles.length,
      filter: model.isFilter("story", story.key),
    },
    sameStory: context.sameStory,
    previous: titled(context.previous),
    next: titled(context.next),
  };
}
