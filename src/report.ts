import type { DecodedFile, RemovalReason } from "./types.ts";

/** What became of one input file: its articles and every line that was removed, with why. */
export interface ReportFile {
  file: string;
  status: "archived" | "no-article" | "skipped" | "error";
  encoding?: DecodedFile["encoding"];
  reason?: string;
  articles: { id: string; index: number; lines: [number, number] }[];
  removed: { line: number; reason: RemovalReason; text: string }[];
  warnings: string[];
}

/** `_report.json`: accounts for every input file and every non-blank line. */
export interface IngestReport {
  summary: {
    files: number;
    archived_files: number;
    skipped_files: number;
    articles: number;
    stories: number;
    undated: number;
    warnings: number;
  };
  files: ReportFile[];
  warnings: string[];
}

/** A decoded file's report, before its articles are known. */
export function reportFor(file: DecodedFile): ReportFile {
  return {
    file: file.file,
    status: "archived",
    encoding: file.encoding,
    articles: [],
    removed: [],
    warnings: [...file.warnings],
  };
}

/** Files whose lines held no article say so. */
export function settleStatus(report: ReportFile): ReportFile {
  const removed = [...report.removed].sort((a, b) => a.line - b.line);
  const articles = [...report.articles].sort((a, b) => a.index - b.index);
  return report.status === "archived" && articles.length === 0
    ? { ...report, status: "no-article", articles, removed }
    : { ...report, articles, removed };
}
