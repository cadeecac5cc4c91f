// Bylines: the names an author credit gives, read off a byline line ("By Jane Doe, CNN | Nov 19,
// 2019") or a date line that credits someone ("Posted by Jane Doe on Nov 19, 2019", "Jane Doe -
// Nov 19, 2019"), without the date, the contact, the job title or the outlet. A byline is shown
// as a fact and cited as the author, so what is not a name is left out.

import { AGENCIES } from "./agencies.ts";
import { CREDIT_LEAD, CREDIT_WORD, creditOpeningLength } from "./credit-words.ts";
import { isKnownFirstName, isKnownPlace } from "./entities.ts";

/** The names a line credits, and whether it says so ("By …") or only looks like names. */
export interface Credit {
  names: string;
  explicit: boolean;
}

/** Words a credit that only looks like names may have, and one after "By" (several authors). */
const MAX_NAME_WORDS = 8;
const MAX_CREDITED_WORDS = 12;
/** A credit is a short line; longer ones are not read (and no pattern runs over a huge line). */
const MAX_CREDIT_CHARS = 300;
/** Time zones a stamp's time ends with: "7:45 am PST by Joe Rossignol". */
const ZONE = "(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|IST|JST|KST|HKT|SGT|AE[SD]T|WIB|Z)";
/**
 * "by Jane Doe" inside a date line, where only a date, a time, a zone, a separator or a credit
 * word ("Posted", "Written", "Opinion", "Reported" …) stands before "by": "11/19/2019 by Lars Brandle", "7:45 am
 * PST by Joe Rossignol", "| BY: X", "/by X", "Posted by X on …". Not "Sponsored by", "Photo by",
 * "ART BY", "Drive-by", "Stand by Me".
 */
const CREDIT_INSIDE = new RegExp(
  `(?:^|[/|·•,–—]\\s*|\\s-\\s*|\\b(?:${CREDIT_LEAD}|[Rr]eport(?:ed|ing))\\s+|(?<=\\d|\\b[AaPp]\\.?[Mm]\\.?|\\b${ZONE})\\s+)(?:[Bb]y|BY):?\\s+(?=\\S)`,
  "u",
);

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![\\p{L}])";
const WEEKDAY =
  "(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?,?(?![\\p{L}])";
/** "on" or "at" between the names and an English date. */
const BEFORE_DATE = "(?:(?:on|at)\\s+)?";
/**
 * Where a date, a time or a label before them starts what follows the names: "Jane Doe, Wednesday,
 * 20 November 2019", "Jane Doe - 11/19/19 06:56 AM EST", "Jane Doe on Monday, …", "Jane Doe
 * Updated Nov 13", "Jane Doe·24 сентября 2018". A weekday alone is no date: "Lena H. Sun" keeps
 * "Sun".
 */
const DATE_AFTER = new RegExp(
  [
    `[\\s,|–—-]+${BEFORE_DATE}(?:${WEEKDAY}\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+)?${MONTH}\\s+\\d.*$`,
    `[\\s,|–—-]+${BEFORE_DATE}\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}.*$`,
    `\\s+(?:on|at)\\s+${WEEKDAY}.*$`,
    `[\\s,|–—-]+${WEEKDAY}\\s+\\d.*$`,
    "\\s+(?:updated|published|posted|last (?:updated|modified)|publiziert|veröffentlicht|aktualisiert|publicado|atualizado|actualizado|publié|pubblicato|aggiornato)(?![\\p{L}]).*$",
    `[\\s,|–—-]+${BEFORE_DATE}\\d{1,2}:\\d{2}.*$`,
    "[\\s,|–—-]+\\d+\\s+\\p{L}+\\s+ago(?![\\p{L}]).*$",
    "[\\s,|–—-]+(?:19|20)\\d{2}$",
    "\\s*[·•]\\s*\\d.*$",
  ].join("|"),
  "iu",
);
/**
 * A date in a language whose month names the pattern above does not know, after a lower-case
 * connective: "Jean Dupont le 19 novembre 2019", "Juan Pérez el 19 de noviembre", "Anna Schmidt am
 * 25. September 2018". Case matters: "Phuong Le" keeps her name.
 */
const CONNECTIVE_DATE = /\s+(?:on|at|am|um|le|el|em|il|den|op)\s+\d.*$/u;
/** A date and time before the names: "November 20, 2019 Emiliano Bellini", "2019-11-20 17:27:46 X". */
const DATE_BEFORE = new RegExp(
  `^(?:${WEEKDAY}\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})(?:[\\sT,]+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?)?[\\s,|–—-]+`,
  "iu",
);
/** "February 2020", "Monday": a date, where "June Smith" and "April Jones" are names. */
const STARTS_AS_DATE = new RegExp(`^(?:${WEEKDAY}$|${MONTH}\\s*\\d)`, "iu");
const LEADING_THE = new RegExp(`^the\\s+(?=(?:${AGENCIES.join("|")})\\b)`, "iu");
/** An e-mail address and whatever contact details follow it. */
const CONTACT = /\s+\S+@\S+\.\S+.*$/u;
const HANDLE = /\s*@\w+/gu;

/** A job title or page control glued to the last name: "Meg JamesStaff Writer", "Jo LeeView More Articles". */
const GLUED_TAIL = /(?<=\p{Ll})\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*$/u;
const GLUED_CREDIT =
  /\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|view more)\b/iu;
/**
 * Where the names end and the outlet or the title begins: "Jane Doe | Fox News", "Jane Doe, CNN",
 * full-width in CJK text ("ライトハウス国際特許事務所 ／ 2016.12.01").
 */
const OUTLET_SEPARATOR = /\s*(?:[,;|/–—／｜]|\s-\s)\s*/u;
/** Between the names of several authors: "Jane Doe and John Roe", "Jane Doe & John Roe". */
const NAME_SEPARATOR = /\s+(?:&|and|und|et|e|y)\s+/u;
/** A capitalised name or an initial: "Jane", "O'Brien", "Jean-Luc", "Y.". */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
/** Lower-case words inside names: "Ludwig van Beethoven", "Maria da Silva". */
const NAME_PARTICLE =
  /^(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|le|la|bin|ibn|al|el)$/u;
const ARTICLE_WORD = /^(?:the|a|an)$/iu;
const NOT_A_NAME =
  /\b(?:share|emails?|e-mail|subscribe|sign in|log in|follow|highlights|key points|comments?|print|newsletter|advert\w*|courtesy|images?|photos?|view more)\b/iu;
const AGENCY = new RegExp(`^(?:${AGENCIES.join("|")})$`, "iu");
const TRAILING_AGENCY = new RegExp(`\\s+(?:${AGENCIES.join("|")})$`, "u");

/** Two to four capitalised words, particles between them, no title or desk: a person's name. */
function isPersonName(name: string): boolean {
  const words = name.split(/\s+/u);
  const capitalised = words.filter((word) => NAME_WORD.test(word)).length;
  return (
    !ARTICLE_WORD.test(words[0] ?? "") &&
    !CREDIT_WORD.test(name) &&
    words.every((word) => NAME_WORD.test(word) || NAME_PARTICLE.test(word)) &&
    capitalised >= 2 &&
    capitalised <= 4
  );
}

const areNames = (part: string): boolean => part.split(NAME_SEPARATOR).every(isPersonName);
/** The first name of a run of names, accents and a hyphenated second part aside: "José", "Mary". */
const plainFirstName = (names: string): string =>
  (names.split(/[\s-]/u)[0] ?? "").normalize("NFD").replace(/\p{M}/gu, "");
const opensWithFirstName = (names: string): boolean => isKnownFirstName(plainFirstName(names));
/** An outlet or a place after a comma is no co-author: "Jane Doe, Fox News", "Jane Doe, New York". */
const OUTLET_WORD =
  /\b(?:news|business|insider|times|post|today|magazine|media|network|journal|daily|weekly|herald|tribune|wire|online|tv|radio|digital|group|gazette|chronicle|observer|telegraph|guardian|independent|review|report|live|church|club|university|college|school|institute|foundation|council|party|association|company|corporation)\b/iu;
/** Words that end a place's name, and no surname: "George Town", "Elizabeth City", "Beverly Hills". */
const PLACE_WORD = /\b(?:city|town|hills|beach|springs|falls|islands?|valley|county|heights)$/iu;

/**
 * A co-author after a comma opens with a first name the lexicon knows (accents and a second,
 * hyphenated part aside: "José", "Mary-Kate") and is no outlet or place: "Jane Doe, John Roe",
 * not "Jane Doe, Boston Globe", "Jane Doe, Chief Economist" or "Jane Doe, New York".
 */
const isCoAuthor = (part: string): boolean =>
  areNames(part) &&
  opensWithFirstName(part) &&
  !OUTLET_WORD.test(part) &&
  !PLACE_WORD.test(part) &&
  !isKnownPlace(part);

/**
 * The credit without what follows the names: the date, contact details, a title glued on, and the
 * outlet or title after a separator ("Jane Doe, CNN", "Jane Doe - Staff Writer"); authors listed
 * with commas stay ("Jane Doe, John Roe").
 */
function namesOnly(credit: string): string {
  let text = credit
    // "By the Associated Press": the article is no part of an agency's name.
    .replace(LEADING_THE, "")
    .replace(CONNECTIVE_DATE, "")
    .replace(DATE_AFTER, "")
    .replace(CONTACT, "")
    .replace(HANDLE, "")
    .trim();
  const glued = GLUED_TAIL.exec(text);
  if (glued && GLUED_CREDIT.test(glued[0])) text = text.slice(0, glued.index);
  const [first = "", ...others] = text.split(OUTLET_SEPARATOR);
  const names = [first];
  for (const part of others) {
    if (!isCoAuthor(part)) break;
    names.push(part);
  }
  const joined = names.join(", ");
  const withoutAgency = joined.replace(TRAILING_AGENCY, "");
  return (withoutAgency !== joined && areNames(withoutAgency) ? withoutAgency : joined)
    .replace(/[\s|,.:;–—-]+$/u, "")
    .trim();
}

/**
 * Names, a role or an agency, or anything after an explicit "By": one to eight words starting with
 * a capital (or in a script without capitals), no link or button words ("EMAIL ME", "Share via").
 * A header line such as "Início" or a site name is none of these.
 */
function readsAsCredit(names: string, explicit: boolean): boolean {
  const words = names.split(/\s+/u).filter(Boolean);
  return (
    words.length >= 1 &&
    words.length <= (explicit ? MAX_CREDITED_WORDS : MAX_NAME_WORDS) &&
    /^[\p{Lu}\p{Lo}]/u.test(names) &&
    // "By The Numbers" is a section; "By the Associated Press" has lost its "the" by now.
    !ARTICLE_WORD.test(words[0] ?? "") &&
    !NOT_A_NAME.test(names) &&
    !/https?:|www\./iu.test(names) &&
    (explicit ||
      AGENCY.test(names) ||
      CREDIT_WORD.test(names) ||
      areNames(names.split(OUTLET_SEPARATOR)[0] ?? ""))
  );
}

/** The credit of a byline line, or null when it names no one. */
export function bylineCredit(text: string): Credit | null {
  const trimmed = text.trim();
  if (trimmed.length > MAX_CREDIT_CHARS) return null;
  const opening = creditOpeningLength(trimmed);
  const explicit = opening > 0;
  const names = namesOnly(trimmed.slice(opening));
  return readsAsCredit(names, explicit) ? { names, explicit } : null;
}

/**
 * The credit of a date line, or null. In the article's header: "by" and names inside it ("5:45 AM
 * PST 11/19/2019 by Patrick Shanley"), or names beside its date that open with a known first name
 * and are no place, or an agency ("Chris Davies - Nov 19, 2019", "Reuters November 18, 2019"; not
 * "ABU DHABI - Nov 19"). Further down, only a line that opens with its credit.
 */
export function stampCredit(text: string, inHeader: boolean): Credit | null {
  const trimmed = text.trim();
  if (trimmed.length > MAX_CREDIT_CHARS) return null;
  const inside = CREDIT_INSIDE.exec(trimmed);
  // Further down, only a line that opens with its credit ("Written by Jane Doe on …") is the
  // story's; a teaser's "Horoscope for Wednesday, 11/20/19 by Jane Doe" is not.
  if (!inHeader && inside?.index !== 0) return null;
  if (inside) {
    // A date line's "by" credits names, an agency or a one-word account ("Admin"): not a headline
    // ("Story by Taylor Swift tops the charts") or a deadline ("close by February 2020").
    const names = namesOnly(trimmed.slice(inside.index + inside[0].length));
    const credited =
      areNames(names) || AGENCY.test(names) || CREDIT_WORD.test(names) || !/\s/u.test(names);
    return credited &&
      readsAsCredit(names, true) &&
      !/\d/u.test(names) &&
      !STARTS_AS_DATE.test(names)
      ? { names, explicit: true }
      : null;
  }
  // Nothing but the names beside the date: "Walt Robb, Steve Lobel appearing … on Nov. 16" is none.
  const names = trimmed
    .replace(DATE_BEFORE, "")
    .replace(CONNECTIVE_DATE, "")
    .replace(DATE_AFTER, "")
    .trim();
  if (names === trimmed || names === "") return null;
  // A place beside its date is a dateline: "ABU DHABI - Nov 19", "Beverly Hills - Nov 19".
  const place = PLACE_WORD.test(names) || isKnownPlace(names);
  const named = areNames(names) && opensWithFirstName(names) && !place;
  return named || AGENCY.test(names) ? { names, explicit: false } : null;
}
