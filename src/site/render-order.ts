// The order of a sharded build's Eleventy runs (render parts), and what runs beside them on two
// cores. Each shard's part unlocks its search bundle; the listing parts unlock none.

/** What the render order needs of the index queue (build.ts). */
export interface IndexGate<Bundle> {
  /** Nothing is being indexed or waits to be. */
  readonly idle: boolean;
  /** Runs `render`, counted as an Eleventy run in progress (no index starts beside two). */
  beside(render: () => Promise<void>): Promise<void>;
  /** Bundles whose pages are now rendered. */
  add(bundles: readonly Bundle[]): void;
  /** Throws when a bundle failed, so no part it cannot use is rendered. */
  throwIfFailed(): void;
}

/**
 * Renders the parts in order, one at a time: Pagefind indexes the last shard on the other core
 * meanwhile, and memory holds one Eleventy run and one index (two runs beside an index passed
 * 6 GB at 100,000 articles). The parts that unlock bundles go first. While nothing is indexed
 * (until the first shard is rendered) the other core would idle, so a part that unlocks none is
 * rendered beside. The first failure stops both lanes from starting parts and is thrown once
 * the parts in progress have ended.
 */
export async function renderParts<Bundle, Part extends { bundles: readonly Bundle[] }>(
  parts: readonly Part[],
  render: (part: Part) => Promise<void>,
  index: IndexGate<Bundle>,
): Promise<void> {
  const unlocking = parts.filter((part) => part.bundles.length > 0);
  const filling = parts.filter((part) => part.bundles.length === 0);
  const failures: unknown[] = [];
  const lane = async (take: () => Part | undefined): Promise<void> => {
    for (let part = take(); part && failures.length === 0; part = take()) {
      index.throwIfFailed();
      const taken = part;
      await index.beside(() => render(taken));
      index.add(taken.bundles);
    }
  };
  await Promise.all(
    [
      lane(() => unlocking.shift() ?? filling.shift()),
      lane(() => (index.idle ? filling.shift() : undefined)),
    ].map((rendering) => rendering.catch((error: unknown) => failures.push(error))),
  );
  if (failures.length > 0) throw failures[0];
}
