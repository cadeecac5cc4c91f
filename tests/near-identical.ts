// Near-identical reprints of one council report, differing only in a count: every copy is a
// distinct article (its words differ) with the same title, date and story. Generated at test
// time, never committed.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** The raw text of copy `i`. */
export function nearIdenticalText(i: number): string {
  return `Home | News | Local

Council approves the annual budget after a long night session

Updated: March 12, 2021

The city council approved the annual budget late on Thursday after a session that ran past midnight, the clerk said, with ${i + 1} amendments tabled by members.

The mayor said the budget keeps spending on schools and transport at last year's level and adds money for road repairs across the northern districts.

Opposition members said they would keep pressing for lower fees at public swimming pools and for longer opening hours at the central library.

Share this article
`;
}

export const nearIdenticalFile = (i: number): string => `copy-${String(i).padStart(5, "0")}.txt`;

/** Writes copies 0 … count-1 into `dir`. */
export async function writeNearIdentical(dir: string, count: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < count; i++)
    await writeFile(join(dir, nearIdenticalFile(i)), nearIdenticalText(i));
}

/** Two copies whose ids share their first six characters, so their short slugs collide. */
export const COLLIDING_COPIES = [891, 8546] as const;
