// The ScrapingHub article-extraction benchmark metric, reproduced exactly (evaluate.py upstream):
// \w+ tokens, 4-token shingles counted with multiplicity, per-page TP/FP/FN normalised to sum 1,
// precision and recall averaged over pages, F1 = harmonic mean of the two averages.

/** Per-page shingle counts, normalised so that TP + FP + FN = 1 (all 0 when both texts are empty). */
export interface ShingleMatch {
  tp: number;
  fp: number;
  fn: number;
}

export interface BenchmarkScore {
  precision: number;
  recall: number;
  f1: number;
}

const SHINGLE_SIZE = 4;

// Python's Unicode \w: letters, digits (any numeric) and underscore; combining marks are not in it.
const WORD_TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD_TOKEN) ?? [];
}

/**
 * Shingles with multiplicity. Like upstream, a text with fewer than four tokens yields one short
 * shingle of all its tokens, and a text without tokens yields none.
 */
export function shingleCounts(text: string): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const shingleTotal = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let start = 0; start < shingleTotal && tokens.length > 0; start++) {
    // Tokens never contain a space, so a space-joined string is an unambiguous key.
    const key = tokens.slice(start, start + SHINGLE_SIZE).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function matchShingles(truth: string, predicted: string): ShingleMatch {
  const truthCounts = shingleCounts(truth);
  const predictedCounts = shingleCounts(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, predictedCount] of predictedCounts) {
    const truthCount = truthCounts.get(key) ?? 0;
    tp += Math.min(truthCount, predictedCount);
    fp += Math.max(0, predictedCount - truthCount);
  }
  for (const [key, truthCount] of truthCounts) {
    fn += Math.max(0, truthCount - (predictedCounts.get(key) ?? 0));
  }
  const total = tp + fp + fn;
  // Normalised so that long pages weigh no more than short ones.
  return total > 0 ? { tp: tp / total, fp: fp / total, fn: fn / total } : { tp, fp, fn };
}

export function pagePrecision({ tp, fp, fn }: ShingleMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: ShingleMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Precision over pages that predicted something, recall over pages whose truth has something. */
export function aggregateScore(pages: readonly ShingleMatch[]): BenchmarkScore {
  const precision = mean(pages.filter((page) => page.tp + page.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((page) => page.tp + page.fn > 0).map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
