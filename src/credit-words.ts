// The words of an author credit, for the classifier that finds byline lines and for the reading
// of the names in them (bylines.ts): one list each, so both agree on what opens a credit.

/** Words that may stand before "by": "Written by", "Analysis by". */
const LEADS = ["written", "posted", "story", "words", "analysis", "opinion", "commentary"];
/** "By" and its twins: "Von", "Por", "Par", "Door", "Av", "Af", "От", "Автор". */
const OPENERS = ["by", "von", "por", "par", "door", "av", "af", "от", "автор"];
/** Opening words a line may print in capitals: "WRITTEN BY", "POSTED BY", "VON". Others in
 * capitals open headlines ("WORDS BY THE RIVER", "AF VOTE SPLITS …"). */
const IN_CAPITALS = new Set(["written", "posted", "by", "von", "por", "par"]);
/** "Текст" ("text") opens a credit only with its colon: alone it is a word of the text. */
const COLON_OPENER = "текст";

/** What opens a credit before its names, in any case: "By", "Written by", "Von:", "Текст:". */
const CREDIT_OPENING = new RegExp(
  `^(?:(?:(?:${LEADS.join("|")})\\s+)?(?:${OPENERS.join("|")})\\s*:?|${COLON_OPENER}\\s*:)\\s+`,
  "iu",
);
/**
 * Italian "di" ("by") begins surnames too ("Di Maio", "Di Maria"), so only its lower-case form
 * opens a credit: "di Mario Rossi". ("De" is no opener: "De La Cruz", Dutch "de Volkskrant".)
 */
const PARTICLE_OPENING = /^di\s+(?=\p{Lu})/u;

/** The length of the words that open a credit before its names ("By ", "Written by ", "di "); 0 when none. */
export function creditOpeningLength(text: string): number {
  return (CREDIT_OPENING.exec(text) ?? PARTICLE_OPENING.exec(text))?.[0].length ?? 0;
}

/** A word as a line may open with it: "By" or "by", and "BY" where capitals are a credit's. */
const atLineStart = (word: string): string =>
  `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}${IN_CAPITALS.has(word) ? `|${word.toUpperCase()}` : ""}`;

/** A word that may stand before "by", as a line writes it: "Written", "POSTED", "opinion". */
export const CREDIT_LEAD = `(?:${LEADS.map(atLineStart).join("|")})`;

// With the i flag \p{Lu} would match any letter, so case is spelled out.
const CREDIT_LINE_OPENING = new RegExp(
  `^(?:${CREDIT_LEAD} )?(?:${OPENERS.map(atLineStart).join("|")})\\s*:?\\s+\\p{Lu}|^${atLineStart(COLON_OPENER)}\\s*:\\s+\\p{Lu}`,
  "u",
);

/** A line opening as a credit, a capitalised name after the opening words: "By Jane Doe", "WRITTEN BY JANE DOE", "di Mario Rossi". */
export const opensCredit = (text: string): boolean =>
  CREDIT_LINE_OPENING.test(text) || PARTICLE_OPENING.test(text);

/** Roles and desks a credit names: "Staff Writer", "Metro Desk", "Redaktion". */
const ROLES = [
  "staff",
  "writer",
  "reporter",
  "correspondent",
  "editor",
  "team",
  "desk",
  "contributor",
  "columnist",
  "bureau",
  "redaktion",
  "redacción",
  "redação",
];

export const CREDIT_ROLE = new RegExp(`\\b(?:${ROLES.join("|")})\\b`, "iu");

/** A role, a desk, a newsroom or a wire that credits a story: "Staff Reports", "REUTERS", "AP National Writer". */
export const CREDIT_WORD = new RegExp(
  `\\b(?:${ROLES.join("|")}|newsroom|reports|press|reuters|afp|ap|pti|ians|dpa|xinhua|tass|efe|ansa|bloomberg|upi)\\b`,
  "iu",
);
