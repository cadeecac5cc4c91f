// What a measured build reports to the bench and how its figures are computed: the child writes
// stage events as JSON lines, the bench samples the child's memory, and each stage's figures come
// from its own interval, so stages that overlap are still measured correctly.

import type { BuildStage } from "../site/build.ts";

export type MeasuredStage = BuildStage | "total";

/** `at` is milliseconds since the Unix epoch (Date.now()), comparable across processes. */
export interface StageEvent {
  type: "stage";
  stage: MeasuredStage;
  phase: "start" | "end";
  at: number;
}

export interface BuildDone {
  type: "done";
  /** Entries in the articles folder the site was built from. */
  entries: number;
  /** HTML pages Pagefind read. */
  htmlPages: number;
  /** Pages in the search index written (only the pages that mark a body to index). */
  searchablePages: number;
}

export type ChildMessage = StageEvent | BuildDone;

export interface RssSample {
  at: number;
  bytes: number;
}

export interface StageFigures {
  stage: MeasuredStage;
  ms: number;
  /** Highest RSS sampled within the stage; undefined when no sample fell inside it. */
  peakRss: number | undefined;
}

/** Figures per stage, in the order the stages started. */
export function stageFigures(
  events: readonly StageEvent[],
  samples: readonly RssSample[],
): StageFigures[] {
  const starts = events.filter((event) => event.phase === "start").sort((a, b) => a.at - b.at);
  return starts.map(({ stage, at: start }) => {
    const end = events.find((event) => event.stage === stage && event.phase === "end")?.at;
    if (end === undefined) throw new Error(`stage ${stage} started but never ended`);
    let peakRss: number | undefined;
    for (const sample of samples)
      if (sample.at >= start && sample.at <= end) peakRss = Math.max(peakRss ?? 0, sample.bytes);
    return { stage, ms: end - start, peakRss };
  });
}
