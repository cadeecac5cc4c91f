// Stories: different edits of the same report share a story id. Candidate pairs come from an
// index of sampled shingles (a shingle is sampled when its hash is 0 mod 8, so two texts
// sample the same shingles: winnowing's idea), which finds even loosely edited reprints in linear
// time; each candidate is then verified on the full shingle sets, so unrelated articles on one
// topic do not merge.

import { characterClass, characterRuns } from "./character-runs.ts";

const SHINGLE_WORDS = 4;
const LETTERS_AND_DIGITS = characterClass(/[\p{L}\p{N}]/u);
/** A shingle is sampled when the low SAMPLE_BITS bits of its hash are 0: one in 8. */
const SAMPLE_BITS = 3;
const SAMPLE_MASK = (1 << SAMPLE_BITS) - 1;
/**
 * A text is paired with the texts just before it in each of its sampled shingles' postings, at most
 * this many: a common phrase then costs a bounded number of pairs per text, and the reprints of a
 * story printed hundreds of times still link up as a chain of neighbours.
 */
const POSTING_WINDOW = 32;
/** Texts must share this many sampled shingles before their full sets are compared. */
const MIN_SHARED_SAMPLES = 2;
/**
 * Share of the shorter text's shingles found in the other. Measured on the seeds: reworded reprints
 * of one wire report share 0.10 to 0.83, unrelated articles on the same country at most 0.03.
 */
export const STORY_CONTAINMENT = 0.08;
/**
 * The samples two texts share estimate their containment; a pair is checked in full only when the
 * estimate reaches half the story threshold. Measured on a generated 10,000-article corpus: this
 * drops four in five full checks (nearly all phrases common to unrelated texts) and no story pair.
 */
const MIN_SAMPLED_CONTAINMENT = STORY_CONTAINMENT / 2;
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Lowercased words of a text, the unit shingles are made of. */
export function words(text: string): string[] {
  return characterRuns(text.toLowerCase(), LETTERS_AND_DIGITS);
}

/** Sorted, distinct hashes of the overlapping 4-word runs of a text's words (no strings built). */
export function shingles(textWords: readonly string[]): Uint32Array {
  const tokens = new Uint32Array(textWords.length);
  for (let i = 0; i < tokens.length; i++) tokens[i] = fnv1a(textWords[i] as string);
  if (tokens.length < SHINGLE_WORDS) {
    if (tokens.length === 0) return new Uint32Array(0);
    return Uint32Array.of(tokens.reduce((h, t) => Math.imul(h ^ t, 0x01000193), 0x811c9dc5) >>> 0);
  }
  const hashes = new Uint32Array(tokens.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < hashes.length; i++) {
    let hash = 0x9e3779b9;
    for (let k = i; k < i + SHINGLE_WORDS; k++)
      hash = Math.imul(hash ^ (tokens[k] as number), 0x85ebca6b) ^ (hash >>> 15);
    hashes[i] = hash >>> 0;
  }
  // Sorting first makes duplicates adjacent: cheaper than a Set of every hash.
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < hashes.length; i++)
    if (i === 0 || hashes[i] !== hashes[distinct - 1]) hashes[distinct++] = hashes[i] as number;
  return hashes.slice(0, distinct);
}

export function containment(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / Math.min(a.length, b.length);
}

function find(parents: number[], i: number): number {
  let root = i;
  while (parents[root] !== root) root = parents[root] ?? root;
  for (let node = i; parents[node] !== root; ) {
    const next = parents[node] ?? root;
    parents[node] = root;
    node = next;
  }
  return root;
}

/** Sampled hashes grouped by hash: for each, the texts (ascending) whose sets hold it. */
interface Postings {
  /** Per text, the posting of each of its sampled hashes. */
  ofText: Uint32Array[];
  /** Per text, where in `members` it stands in each of those postings. */
  slotsOfText: Uint32Array[];
  /** Texts of posting p are members[starts[p]] up to members[starts[p + 1]]. */
  starts: Uint32Array;
  members: Uint32Array;
}

/** Bits of a sampled hash's key (the hash without its SAMPLE_BITS) per pass of the radix sort. */
const RADIX_BITS = 15;
const RADIX_MASK = (1 << RADIX_BITS) - 1;

/**
 * The indices of `keys` (below 2 ** (2 * RADIX_BITS)) ordered by key, ties in index order: a
 * radix sort. A Map from hash to posting, over the 10,000-article corpus's 452,071 sampled hashes
 * (numbers too large to be small integers), was a third of the clustering's time.
 */
function orderByKey(keys: Uint32Array): Uint32Array {
  let order = new Uint32Array(keys.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  let next = new Uint32Array(keys.length);
  for (let shift = 0; shift < 2 * RADIX_BITS; shift += RADIX_BITS) {
    const bucketOf = (i: number): number => ((keys[i] as number) >>> shift) & RADIX_MASK;
    // bucketStarts[b + 1] counts bucket b, then (summed) says where bucket b + 1 starts.
    const bucketStarts = new Uint32Array(RADIX_MASK + 2);
    for (const i of order) {
      const after = bucketOf(i) + 1;
      bucketStarts[after] = (bucketStarts[after] as number) + 1;
    }
    for (let b = 1; b <= RADIX_MASK + 1; b++)
      bucketStarts[b] = (bucketStarts[b] as number) + (bucketStarts[b - 1] as number);
    for (const i of order) {
      const bucket = bucketOf(i);
      const slot = bucketStarts[bucket] as number;
      bucketStarts[bucket] = slot + 1;
      next[slot] = i;
    }
    [order, next] = [next, order];
  }
  return order;
}

// One flat array of members instead of an array per sampled hash: hundreds of thousands of small
// arrays cost more to allocate and collect than the clustering itself.
function samplePostings(sets: readonly Uint32Array[]): Postings {
  // Every text's sampled hashes, one after another, as keys below 2 ** 29. Tested with &, not %:
  // a hash above 2 ** 31 is no small integer, and % on it took most of this scan.
  const firsts = new Uint32Array(sets.length + 1);
  sets.forEach((set, i) => {
    let sampled = 0;
    for (const hash of set) if ((hash & SAMPLE_MASK) === 0) sampled++;
    firsts[i + 1] = (firsts[i] as number) + sampled;
  });
  const total = firsts[sets.length] as number;
  const keys = new Uint32Array(total);
  const textOf = new Uint32Array(total);
  sets.forEach((set, i) => {
    let at = firsts[i] as number;
    for (const hash of set)
      if ((hash & SAMPLE_MASK) === 0) {
        keys[at] = hash >>> SAMPLE_BITS;
        textOf[at++] = i;
      }
  });
  // Sorted by hash, each hash's texts in ascending order: slot s holds members[s].
  const order = orderByKey(keys);
  const members = new Uint32Array(total);
  const postingOf = new Uint32Array(total);
  const slotOf = new Uint32Array(total);
  const postingStarts: number[] = [];
  order.forEach((entry, slot) => {
    const previous = slot > 0 ? (order[slot - 1] as number) : -1;
    if (previous < 0 || keys[previous] !== keys[entry]) postingStarts.push(slot);
    members[slot] = textOf[entry] as number;
    postingOf[entry] = postingStarts.length - 1;
    slotOf[entry] = slot;
  });
  postingStarts.push(total);
  return {
    ofText: sets.map((_, i) => postingOf.subarray(firsts[i], firsts[i + 1])),
    slotsOfText: sets.map((_, i) => slotOf.subarray(firsts[i], firsts[i + 1])),
    starts: Uint32Array.from(postingStarts),
    members,
  };
}

/**
 * Verdicts on pairs of texts (by their positions) remembered from an earlier run: comparing full
 * shingle sets is most of the clustering's cost, and a verdict depends on the two texts alone.
 */
export interface PairMemo {
  related(a: number, b: number): boolean | undefined;
  remember(a: number, b: number, related: boolean): void;
}

/**
 * Cluster: the shingle sets of articles → a group number for each, equal for articles of the same
 * story. Groups are numbered by their first member, so the result depends only on the input order.
 */
export function clusterStories(sets: readonly Uint32Array[], memo?: PairMemo): number[] {
  const parents = sets.map((_, i) => i);
  const { ofText, slotsOfText, starts, members } = samplePostings(sets);
  const verify = (a: number, b: number): void => {
    const [ra, rb] = [find(parents, a), find(parents, b)];
    if (ra === rb) return;
    let related = memo?.related(a, b);
    if (related === undefined) {
      related = containment(sets[a] as Uint32Array, sets[b] as Uint32Array) >= STORY_CONTAINMENT;
      memo?.remember(a, b, related);
    }
    if (related) parents[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // Count the sampled shingles each earlier neighbour shares with this text, and check exactly only
  // the texts that share enough: a phrase or two is common between unrelated reports.
  const shared = new Int32Array(sets.length);
  const touched: number[] = [];
  ofText.forEach((postings, i) => {
    const slots = slotsOfText[i] as Uint32Array;
    for (let k = 0; k < postings.length; k++) {
      const slot = slots[k] as number;
      const first = Math.max(starts[postings[k] as number] as number, slot - POSTING_WINDOW);
      for (let m = first; m < slot; m++) {
        const j = members[m] as number;
        if (shared[j] === 0) touched.push(j);
        shared[j] = (shared[j] as number) + 1;
      }
    }
    for (const j of touched) {
      const fewerSamples = Math.min(postings.length, (ofText[j] as Uint32Array).length);
      const needed = Math.max(MIN_SHARED_SAMPLES, fewerSamples * MIN_SAMPLED_CONTAINMENT);
      if ((shared[j] as number) >= needed) verify(j, i);
      shared[j] = 0;
    }
    touched.length = 0;
  });
  return sets.map((_, i) => find(parents, i));
}
