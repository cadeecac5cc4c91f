import assert from "node:assert/strict";
import { checkSite, type SiteReport } from "../scripts/check-site.ts";

/** Runs the whole-site checks and asserts they found nothing: links, HTML, unsafe markup. */
export async function assertSiteClean(
  site: string,
  pathPrefix?: string,
  options?: { validateHtml?: boolean },
): Promise<SiteReport> {
  const report = await checkSite(site, pathPrefix, options);
  assert.deepEqual(report.brokenLinks, []);
  assert.deepEqual(report.invalidHtml, []);
  assert.deepEqual(report.unsafeMarkup, []);
  return report;
}
