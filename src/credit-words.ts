// The words of an author credit, for the classifier that finds byline lines and for the reading
// of the names in them (bylines.ts): one list each, so both agree on what opens a credit.

/** Words that may stand before "by": "Written by", "Analysis by". */
const LEADS = ["written", "posted", "story", "words", "analysis", "opinion", "commentary"];
/** "By" and its twins: "Von", "Por", "Par", "Di", "Door", "Av", "Af", "De", "От", "Автор". */
const OPENERS = ["by", "von", "por", "par", "di", "door", "av", "af", "de", "от", "автор"];
/** "Текст" ("text") opens a credit only with its colon: alone it is a word of the text. */
const COLON_OPENER = "текст";

/** What opens a credit before its names, in any case: "By", "Written by", "Von:", "Текст:". */
export const CREDIT_OPENING = new RegExp(
  `^(?:(?:${LEADS.join("|")})\\s+)?(?:${[...OPENERS, COLON_OPENER].join("|")})\\s*:?\\s+`,
  "iu",
);

/** A word as a line may open with it: "By", "by" or "BY" (with the i flag, \p{Lu} would match any letter). */
const atLineStart = (word: string): string =>
  `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}|${word.toUpperCase()}`;

/** A word that may stand before "by", as a line writes it: "Written", "POSTED", "opinion". */
export const CREDIT_LEAD = `(?:${LEADS.map(atLineStart).join("|")})`;

/** A line opening as a credit, a capitalised name after the opening words: "By Jane Doe", "WRITTEN BY JANE DOE". */
export const CREDIT_LINE_OPENING = new RegExp(
  `^(?:${CREDIT_LEAD} )?(?:${OPENERS.map(atLineStart).join("|")})\\s*:?\\s+\\p{Lu}|^(?:${atLineStart(COLON_OPENER)})\\s*:\\s+\\p{Lu}`,
  "u",
);

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
