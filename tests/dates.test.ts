import assert from "node:assert/strict";
import { test } from "node:test";
import { type DateEvidence, dateArticle, dateFromStory, weekdayWindows } from "../src/dates.ts";

const evidence = (partial: Partial<DateEvidence>): DateEvidence => ({
  statements: [],
  captions: [],
  paragraphs: [],
  language: "en",
  ...partial,
});
const caption = (text: string, file_photo = false) => ({ text, credit: "AFP", file_photo });

test("an explicit timestamp keeps its time and zone", () => {
  const date = dateArticle(evidence({ statements: ["Aug 28, 2020, 07:51 AM IST"] }));
  assert.deepEqual(
    [date.date, date.precision, date.basis],
    ["2020-08-28T07:51:00+05:30", "day", "explicit"],
  );
});

test("explicit dates keep their precision: day, month, year", () => {
  assert.equal(dateArticle(evidence({ statements: ["2020-08-27"] })).date, "2020-08-27");
  const month = dateArticle(evidence({ statements: ["August 2020"] }));
  assert.deepEqual([month.date, month.precision], ["2020-08", "month"]);
});

test("a dated caption whose weekday the text names anchors an inferred day; the lead's weekday is the event", () => {
  const date = dateArticle(
    evidence({
      captions: [caption("Passengers disembark in Vilnius on May 23, 2021.")],
      paragraphs: [
        "Lukashenko on Monday approved legislation.",
        "The plane was diverted on Sunday.",
      ],
    }),
  );
  assert.deepEqual([date.date, date.precision, date.basis], ["2021-05-24", "day", "inferred"]);
  assert.match(date.note, /23 May 2021 \(a Sunday\)/);
});

test("a day the text names weeks after the photo undoes the inference: the photo may be old", () => {
  const captions = [caption("Putin addresses the nation in Moscow on May 11, 2020.")];
  const lead = "Putin on Thursday vowed support. Aides said on Monday that talks had soured";
  const old = dateArticle(
    evidence({ captions, paragraphs: [`${lead} ahead of the August 9 ballot.`] }),
  );
  assert.deepEqual([old.date, old.precision, old.basis], [undefined, "none", "none"]);
  assert.match(old.note, /no older than that\./);
  assert.match(
    old.note,
    /names 9 August \(taken as 2020\), more than a week after it, so the photo may be older/,
  );
  // A stated year is kept in the note.
  const stated = dateArticle(
    evidence({ captions, paragraphs: [lead, "The vote was held on August 9, 2020."] }),
  );
  assert.match(stated.note, /names 9 August 2020, more than a week/);
  // Days just ahead of the event, or before the photo, are what a report names; numbers without
  // a month's name or a year are no days a reader can place.
  for (const paragraph of [
    "Talks resume on May 18.",
    "The crisis began on April 2.",
    "He recalled the 9/11 attacks.",
    "Turnout was 7/10 in the north.",
    "He recalled 9/11 at noon.",
    // A relative phrase names no day of its own.
    "The talks began 40 days ago and resume in 90 days.",
  ]) {
    const date = dateArticle(evidence({ captions, paragraphs: [lead, paragraph] }));
    assert.deepEqual([date.date, date.basis], ["2020-05-14", "inferred"], paragraph);
    assert.match(date.note, /This assumes the photo shows the reported events/);
  }
});

test("a day without its year is the one nearest the reported events", () => {
  const december = [caption("Crowds in Minsk on December 28, 2020.")];
  const near = dateArticle(
    evidence({
      captions: december,
      paragraphs: [
        "Crowds gathered on Monday.",
        "Talks resume on January 4 and end on December 30.",
      ],
    }),
  );
  assert.deepEqual([near.date, near.basis], ["2020-12-28", "inferred"]);
  const january = dateArticle(
    evidence({
      captions: [caption("Crowds in Minsk on January 4, 2021.")],
      paragraphs: ["Crowds gathered on Monday.", "Protests began on December 30."],
    }),
  );
  assert.deepEqual([january.date, january.basis], ["2021-01-04", "inferred"]);
  const later = dateArticle(
    evidence({
      captions: december,
      paragraphs: ["Crowds gathered on Monday.", "The new parliament meets on January 20."],
    }),
  );
  assert.equal(later.basis, "none");
  assert.match(later.note, /names 20 January \(taken as 2021\)/);
  // A year in two digits is a stated year; a German date's "9." ends no sentence.
  const vote = dateArticle(
    evidence({
      captions: december,
      paragraphs: ["Crowds gathered on Monday.", "The vote was set for 8/20/21."],
    }),
  );
  assert.equal(vote.basis, "none");
  const wahl = dateArticle(
    evidence({
      captions: [caption("Demonstranten in Minsk am 28. Dezember 2020.")],
      paragraphs: ["Am Montag.", "Die Wahl ist am 9. August 2021."],
      language: "de",
    }),
  );
  assert.match(wahl.note, /names 9 August 2021/);
});

test("what a third review found stays fixed", () => {
  // Japanese and Chinese weekdays, in text without spaces, are read.
  for (const [language, text, paragraph] of [
    ["ja", "2021年5月23日、東京で。", "警察は日曜日、デモ参加者を拘束した。"],
    ["zh", "2021年5月23日，北京。", "警方星期日，拘留了抗议者。"],
  ] as const) {
    const date = dateArticle(
      evidence({ captions: [caption(text)], paragraphs: [paragraph], language }),
    );
    assert.deepEqual([date.date, date.basis], ["2021-05-23", "inferred"], language);
  }
  // A day named months ahead undoes the inference; Japanese "9/11" names no day.
  const ahead = dateArticle(
    evidence({
      captions: [caption("Crowds in Minsk on January 10, 2021.")],
      paragraphs: ["Crowds gathered on Sunday ahead of the August 9 ballot."],
    }),
  );
  assert.match(ahead.note, /names 9 August \(taken as 2021\)/);
  const recalled = dateArticle(
    evidence({
      captions: [caption("2021年5月23日、東京で。")],
      paragraphs: ["警察は日曜日、デモ参加者を拘束した。", "彼は9/11のテロを思い出した。"],
      language: "ja",
    }),
  );
  assert.equal(recalled.basis, "inferred");
  // Sentences ending in numbers are sentences: the day after them is read.
  const counted = dateArticle(
    evidence({
      captions: [caption("Crowds on May 10, 2020.")],
      paragraphs: [
        "Crowds gathered on Sunday.",
        `${"Officials said the count rose to 18,500. ".repeat(15)}The council votes on August 9.`,
      ],
    }),
  );
  assert.equal(counted.basis, "none");
});

test("the text read around weekdays stays in short pieces, with spaces or without", () => {
  const words = /\b(?:mon|tue|wed)(?:day)?\b/gi;
  for (const text of [
    "Monday,".repeat(3000),
    "Mon-Tue-Wed-".repeat(700),
    "on Monday ".repeat(2000),
  ]) {
    const windows = weekdayWindows(text, words);
    // Every mention is inside a piece, and no piece is longer than 512 characters.
    for (const match of text.matchAll(words))
      assert.ok(windows.some(([start, end]) => start <= match.index && match.index < end));
    assert.ok(windows.every(([start, end]) => end - start <= 512));
    // Pieces overlap only so far that the text is read about twice at most.
    const read = windows.reduce((sum, [start, end]) => sum + end - start, 0);
    assert.ok(read <= 2 * text.length, `${read} characters read of ${text.length}`);
  }
});

test("a weekday inside a word is none, even where a piece of text starts inside it", () => {
  // "wed" of "…wed-plans" stands where the piece read around "Monday" starts: no Wednesday.
  const paragraph = `${"a".repeat(80)}wed-plans-${"b".repeat(37)} Monday is here.`;
  const date = dateArticle(
    evidence({ captions: [caption("Crowds on December 30, 2020.")], paragraphs: [paragraph] }),
  );
  assert.equal(date.basis, "none");
});

test("a long paragraph in a language without listed weekday words is read to its end", () => {
  const filler = "Люди вышли на улицы города и требовали перемен. ".repeat(60);
  const date = dateArticle(
    evidence({
      captions: [caption("Протестующие в Минске 29 ноября 2020 года.")],
      paragraphs: [`${filler}Акция прошла в воскресенье.`],
      language: "ru",
    }),
  );
  assert.deepEqual([date.date, date.basis], ["2020-11-29", "inferred"]);
});

test("a long run of weekday mentions is read in pieces, none lost or cut", () => {
  // Every mention within reach of the next: one stretch of text, read by chrono in pieces.
  const schedule = Array.from({ length: 40 }, (_, i) => `talks ${i} on Tuesday`).join(", ");
  const date = dateArticle(
    evidence({
      captions: [caption("Delegates in Geneva on Sunday, May 23, 2021.")],
      paragraphs: [`Delegates on Monday set a schedule: ${schedule}, and a vote on Sunday.`],
    }),
  );
  assert.deepEqual([date.date, date.basis], ["2021-05-24", "inferred"]);
});

test("a caption whose weekday the text never names is no evidence of the day", () => {
  const date = dateArticle(
    evidence({
      captions: [caption("Putin addresses the nation on May 11, 2020.")],
      paragraphs: [
        "Putin on Thursday vowed support.",
        "Investigators questioned her on Wednesday.",
      ],
    }),
  );
  assert.equal(date.basis, "none");
  assert.equal(date.date, undefined);
  assert.match(date.note, /no older than/);
});

test("a file photo is never evidence, even with a matching weekday", () => {
  const date = dateArticle(
    evidence({
      captions: [caption("(FILES) In this file photo, a flag on September 23, 2019.", true)],
      paragraphs: ["The UN said on Monday that it was worried."],
    }),
  );
  assert.equal(date.basis, "none");
  assert.equal(date.date, undefined);
  // Only as a bound: the picture cannot be newer than the article.
  assert.match(
    date.note,
    /none could be inferred\. A file photo's caption dated 23 September 2019 \(a Monday\) shows it is no older than that\./,
  );
});

test("an undated article takes its story's day and says where it came from", () => {
  const own = dateArticle(evidence({ paragraphs: ["No dates here."] }));
  const date = dateFromStory(own, { day: "2020-08-27", title: "Putin Vows Support", from: "WION" });
  assert.deepEqual([date.date, date.precision, date.basis], ["2020-08-27", "day", "story"]);
  assert.match(date.note, /Putin Vows Support.*WION.*27 August 2020/);
  const explicit = dateArticle(evidence({ statements: ["2020-08-28"] }));
  assert.equal(dateFromStory(explicit, { day: "2020-08-27", title: "x", from: "y" }), explicit);
  // A version's revision time is named as one.
  const fromUpdate = dateFromStory(own, {
    day: "2020-08-28",
    title: null,
    from: "WION",
    updated: true,
  });
  assert.match(fromUpdate.note, /in WION, which states it was updated 28 August 2020 \(a Friday\)/);
});

test("dates do not depend on the machine's time zone", () => {
  const previous = process.env.TZ;
  const results = ["Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"].map((zone) => {
    process.env.TZ = zone;
    return dateArticle(
      evidence({
        captions: [caption("Protesters in Minsk, on November 29, 2020.")],
        paragraphs: ["Protesters marched on Sunday."],
      }),
    );
  });
  process.env.TZ = previous;
  assert.ok(results.every((r) => r.date === "2020-11-29"));
});

test("relative phrases are never stated dates", () => {
  for (const statement of ["1 hour ago", "Updated: yesterday at 4:46 PM", "3 days ago", "today"]) {
    const date = dateArticle(evidence({ statements: [statement] }));
    assert.equal(date.basis, "none", statement);
  }
  const absolute = dateArticle(evidence({ statements: ["Updated November 18, 2019 at 4:46 PM"] }));
  assert.equal(absolute.date, "2019-11-18T16:46");
  // A year in two digits is not spelled out: the second parse confirms it is stated.
  assert.equal(dateArticle(evidence({ statements: ["Posted 08/28/20"] })).date, "2020-08-28");
});

test("an update time is stated as one: the note says first publication may be earlier", () => {
  const updated = dateArticle(evidence({ statements: ["Updated: Aug 28, 2020, 07:51 AM IST"] }));
  assert.deepEqual([updated.date, updated.basis], ["2020-08-28T07:51:00+05:30", "explicit"]);
  assert.match(updated.note, /as the time it was updated: “Updated: Aug 28, 2020, 07:51 AM IST”/);
  assert.match(updated.note, /first publication may be earlier/);
  assert.equal(updated.statedAs, "updated");
  const published = dateArticle(evidence({ statements: ["Published: Aug 28, 2020"] }));
  assert.equal(published.note, "Stated in the text: “Aug 28, 2020”.");
  assert.equal(published.statedAs, undefined);
  // A time and its zone may stand between the label and the date.
  for (const statement of [
    "Updated 0339 GMT (1139 HKT) November 19, 2019",
    "Updated: Tue 8:31 PM, Feb 17, 2018",
  ])
    assert.equal(dateArticle(evidence({ statements: [statement] })).statedAs, "updated", statement);
  // Only a time, zone or weekday may stand between: not another label, a name or other words.
  for (const statement of [
    "Updated 10:02 Posted Nov 18, 2019",
    "Edited by John Roe. November 19, 2019 10:00 AM",
    "Updated Nov 20, 2019 Originally Nov 19, 2019 at 9:00 AM",
    "Genetically modified crops: Nov 19, 2019 10:00 AM",
    "Last modified: Post Nov 19, 2019",
  ]) {
    const date = dateArticle(evidence({ statements: [statement] }));
    assert.ok(date.date?.startsWith("2019-11-1"), statement);
    assert.equal(date.statedAs, undefined, statement);
  }
});

test("a byline or header line gives the date only when it states a full day", () => {
  const byline = dateArticle(
    evidence({ headerStatements: ["By Sherif Saed, Wednesday, 20 November 2019 08:05 GMT"] }),
  );
  assert.deepEqual([byline.date, byline.basis], ["2019-11-20T08:05:00+00:00", "explicit"]);
  assert.equal(dateArticle(evidence({ headerStatements: ["Election 2020"] })).basis, "none");
  const both = dateArticle(
    evidence({ statements: ["Aug 28, 2020"], headerStatements: ["November 19, 2019 | 4:20am"] }),
  );
  assert.equal(both.date, "2020-08-28");
});

test("a name that starts like a weekday (Domínguez, 'Dom') is not a weekday", () => {
  const date = dateArticle(
    evidence({
      language: "es",
      captions: [caption("Claudia Delgado en Madrid, el 1 de marzo de 2020. EFE")],
      paragraphs: [
        "El ministro Domínguez presentó el miércoles un plan para bajar el precio de la luz.",
      ],
    }),
  );
  assert.equal(date.basis, "none");
});

test("weekdays are found anywhere in a long paragraph, and one inside a full date is not a weekday mention", () => {
  const filler = "The opposition said the count could not be trusted and called for calm. ".repeat(
    8,
  );
  const captions = [caption("Passengers disembark in Vilnius on May 23, 2021.")];
  const named = dateArticle(evidence({ captions, paragraphs: [`${filler}He spoke on Sunday.`] }));
  assert.deepEqual([named.date, named.basis], ["2021-05-23", "inferred"]);
  const inFullDate = dateArticle(
    evidence({
      captions,
      paragraphs: [
        `${filler}The flight was diverted to Minsk on Sunday, May 23, 2021, officials said.`,
      ],
    }),
  );
  assert.equal(inFullDate.basis, "none");
});

test("an all-numeric date both of whose numbers could be the month states only its year", () => {
  const date = (statement: string) => dateArticle(evidence({ statements: [statement] }));
  const ambiguous = date("Published: 04/03/2021");
  assert.deepEqual(
    [ambiguous.date, ambiguous.precision, ambiguous.basis],
    ["2021", "year", "explicit"],
  );
  assert.match(
    ambiguous.note,
    /read as 3 April 2021 \(a Saturday\) or 4 March 2021 \(a Thursday\)/,
  );
  // The weekday it names settles it; so do a day over 12 and day-first dots.
  assert.equal(date("Thursday 04/03/2021").date, "2021-03-04");
  assert.match(date("Thursday 04/03/2021").note, /read as 4 March 2021, the Thursday it names/);
  assert.equal(date("25/03/2021").date, "2021-03-25");
  assert.equal(date("03/25/2021").date, "2021-03-25");
  assert.equal(date("12.03.2021").date, "2021-03-12");
  assert.equal(date("05/05/2021").date, "2021-05-05");
  // Dots with a second number over 12 can only be month first; no reading rolls into another year.
  assert.equal(date("12.31.2021").date, "2021-12-31");
  assert.equal(date("Published 10.30.2021 at 14:05").date?.slice(0, 10), "2021-10-30");
  const both = date("Thursday, 01/07/2021");
  assert.deepEqual([both.date, both.precision], ["2021", "year"]);
  assert.match(
    both.note,
    /both 7 January 2021 \(a Thursday\) and 1 July 2021 \(a Thursday\) are Thursdays/,
  );
  // Languages chrono reads with its English parser get the same caution.
  const und = dateArticle(evidence({ statements: ["04/03/2021"], language: "und" }));
  assert.deepEqual([und.date, und.precision], ["2021", "year"]);
  assert.equal(date("2021-04-03").date, "2021-04-03");
});

test("a stated date whose weekday contradicts it is certain only to the month", () => {
  const date = dateArticle(evidence({ statements: ["Monday, 14 March 2023"] }));
  assert.deepEqual([date.date, date.precision], ["2023-03", "month"]);
  assert.match(
    date.note,
    /14 March 2023 \(a Tuesday\) is not a Monday, so only the month is certain/,
  );
  assert.equal(
    dateArticle(evidence({ statements: ["Tuesday, 14 March 2023"] })).date,
    "2023-03-14",
  );
});

test("an ambiguous caption date is no evidence of the day", () => {
  const date = dateArticle(
    evidence({
      captions: [caption("Protesters march in Minsk on 09/06/2020. (Photo by AFP)")],
      paragraphs: ["Thousands marched on Sunday."],
    }),
  );
  assert.equal(date.basis, "none");
});

test("of two stated days the one with a time is taken (a byline's stamp over a masthead's day), and the note names the other", () => {
  const date = dateArticle(
    evidence({ statements: ["November 20, 2019", "Nov. 19, 2019 8:03 am ET"] }),
  );
  assert.equal(date.date?.slice(0, 10), "2019-11-19");
  assert.match(date.note, /The text also states 20 November 2019 \(a Wednesday\)\./);
  // Copied page text glues a year to its time: "20195:45" is 2019 and 5:45.
  const glued = dateArticle(evidence({ statements: ["NOV 15, 20195:45 AM"] }));
  assert.equal(glued.date, "2019-11-15T05:45");
});

test("a stamp below the first paragraph (a comment's) counts only when none above does", () => {
  const date = dateArticle(
    evidence({
      statements: ["September 10, 2018"],
      laterStatements: ["Milan on September 12, 2018 at 4:47 pm said:"],
    }),
  );
  assert.equal(date.date, "2018-09-10");
  const only = dateArticle(evidence({ laterStatements: ["September 12, 2018 at 4:47 pm"] }));
  assert.equal(only.date, "2018-09-12T16:47");
  // A masthead's "today" above the headline counts only when nothing else states a date.
  const masthead = dateArticle(
    evidence({
      mastheadStatements: ["Springfield Gazette | Tuesday, November 26, 2019 | Subscribe"],
      laterStatements: ["Posted on November 19, 2019 at 3:00 pm"],
    }),
  );
  assert.equal(masthead.date, "2019-11-19T15:00");
  assert.match(masthead.note, /The page header above the headline states 26 November 2019/);
  // When nothing else states a date, the header above the headline does.
  const breadcrumb = evidence({ mastheadStatements: ["Home | News | November 18, 2019"] });
  assert.equal(dateArticle(breadcrumb).date, "2019-11-18");
  // A full date in the page header above the story beats one below it.
  const header = dateArticle(
    evidence({
      headerStatements: ["Home | News | November 18, 2019"],
      laterStatements: ["Stephanie September 17, 2014 - 1:01 pm"],
    }),
  );
  assert.equal(header.date, "2019-11-18");
});

test("a year-first numeric date reads as year, month, day in every language", () => {
  const stated = (statement: string, language: string): string | undefined =>
    dateArticle(evidence({ statements: [statement], language })).date;
  assert.equal(stated("by ライトハウス国際特許事務所 ／ 2016.12.01", "ja"), "2016-12-01");
  assert.equal(stated("Veröffentlicht 2016/12/01", "de"), "2016-12-01");
  assert.equal(stated("입력 2019. 11. 19.", "ko"), "2019-11-19");
  // No such day: no date.
  assert.equal(stated("2016.13.01", "ja"), undefined);
  // Version and section numbers are no dates.
  for (const text of [
    "Unity 2019.3.1 ist ab sofort verfügbar",
    "Build 2019.11.19.1",
    "§ 1000.10.10",
  ])
    assert.equal(stated(text, "de"), undefined, text);
  // In English too, where chrono's own year-first parser read them.
  assert.equal(stated("Unity 2019.3.1 is out now", "en"), undefined);
  assert.equal(stated("Posted 2016.12.01", "en"), "2016-12-01");
  assert.equal(stated("Posted 2019/11/19", "en"), "2019-11-19");
  // chrono's other year-first forms stay.
  assert.equal(stated("Published 2019 Nov 19", "en"), "2019-11-19");
  assert.equal(stated("2019 nov 19", "nl"), "2019-11-19");
});
