import type { FileAnalysis } from "./analyse.ts";
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

/** An analysed file's report, before its articles (which may fold across files) are known. */
export function reportFor(analysis: FileAnalysis): ReportFile {
  return {
    file: analysis.file,
    status: "archived",
    encoding: analysis.encoding,
    articles: [],
    removed: analysis.removed,
    warnings: analysis.warnings,
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
