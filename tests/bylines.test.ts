import assert from "node:assert/strict";
import { test } from "node:test";
import { bylineCredit, stampCredit } from "../src/bylines.ts";

const names = (text: string): string | null => bylineCredit(text)?.names ?? null;

test("a byline keeps its names, not the date, time or label after them", () => {
  const cases: Array<[string, string]> = [
    ["By Tess Bonn - 11/19/19 06:56 AM EST", "Tess Bonn"],
    ["By Umair Irfan Updated Nov 13, 2019, 10:28am EST", "Umair Irfan"],
    ["BY KASHMIRA GANDER ON 11/13/19 AT 4:00 PM EST", "KASHMIRA GANDER"],
    ["By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", "Louis Jacobson"],
    ["Von Moritz Bachmann publiziert am 25. September 2018", "Moritz Bachmann"],
    ["By Jane Doe, Wednesday, 20 November 2019 08:05 GMT", "Jane Doe"],
    ["Maren Estrada 2 days ago", "Maren Estrada"],
    ["By Jo Lee 2019-11-19T12:48:14Z", "Jo Lee"],
  ];
  for (const [text, expected] of cases) assert.equal(names(text), expected, text);
});

test("every word that opens a byline line is left out of its names", () => {
  const cases: Array<[string, string]> = [
    ["di Mario Rossi", "Mario Rossi"],
    ["Written by Jane Doe", "Jane Doe"],
    ["Автор: Иван Петров", "Иван Петров"],
  ];
  for (const [text, expected] of cases) assert.equal(names(text), expected, text);
  // "Di" and "De" also begin surnames, and Dutch papers' names: only "di" opens a credit.
  assert.equal(bylineCredit("de Telegraaf")?.explicit ?? false, false);
  assert.deepEqual(bylineCredit("De La Cruz, Reuters"), { names: "De La Cruz", explicit: false });
  assert.deepEqual(bylineCredit("Di Mario Rossi"), { names: "Di Mario Rossi", explicit: false });
  assert.equal(bylineCredit("Di Maio quits as party leader")?.explicit ?? false, false);
  // "Текст" is "text" but before a colon.
  assert.equal(bylineCredit("Текст Иван Петров")?.explicit ?? false, false);
});

test("a byline keeps its names, not the contact, title or outlet after them", () => {
  const cases: Array<[string, string]> = [
    ["By Megan Rowe meganr@spokesman.com(509) 459-5382", "Megan Rowe"],
    ["By Meg JamesStaff Writer", "Meg James"],
    ["By Michael HiltzikBusiness Columnist", "Michael Hiltzik"],
    ["Marcus De GuzmanView More Articles", "Marcus De Guzman"],
    ["By Sandee LaMotte, CNN", "Sandee LaMotte"],
    ["By Andy Sahadeo | Fox News", "Andy Sahadeo"],
    ["Steve Peoples, Ap National Political Writer", "Steve Peoples"],
    ["By Tim Childers - Live Science Contributor", "Tim Childers"],
    ["By Troy L. Smith, Cleveland.com", "Troy L. Smith"],
    ["Tom Davies Associated Press", "Tom Davies"],
    ["Reuters, Washington,", "Reuters"],
    ["Analysis by Chris Cillizza, CNN Editor-at-large", "Chris Cillizza"],
    ["written by Regan", "Regan"],
    // Co-authors listed with commas stay; an outlet after a comma does not.
    [
      "By Stefan Becket, Kathryn Watson, Grace Segers",
      "Stefan Becket, Kathryn Watson, Grace Segers",
    ],
    ["By Matthew Digby , Minh Do on Monday, November 18th, 2019", "Matthew Digby, Minh Do"],
    ["By Jill Disis, CNN Business", "Jill Disis"],
    ["By Ann Lee and Bob Ray, CNN", "Ann Lee and Bob Ray"],
    // A name that merely has an inner capital keeps it.
    ["By Ronald McDonald", "Ronald McDonald"],
  ];
  for (const [text, expected] of cases) assert.equal(names(text), expected, text);
  assert.equal(names("KEY POINTS"), null);
  assert.deepEqual(bylineCredit("By Ana Swanson"), { names: "Ana Swanson", explicit: true });
  assert.deepEqual(bylineCredit("Ana Swanson"), { names: "Ana Swanson", explicit: false });
});

test("a date line in the header credits the names it gives with 'by' or beside its date", () => {
  const header = (text: string): string | null => stampCredit(text, true)?.names ?? null;
  const cases: Array<[string, string]> = [
    ["Posted by Michael David Smith on November 19, 2019, 6:21 AM EST", "Michael David Smith"],
    ["Monday November 18, 2019 7:45 am PST by Joe Rossignol", "Joe Rossignol"],
    ["5:45 AM PST 11/19/2019 by Patrick Shanley", "Patrick Shanley"],
    ["November 12, 2018 | BY: Beachbody", "Beachbody"],
    ["Posted on Maret 30, 2015 by Admin", "Admin"],
    ["Chris Davies - Nov 19, 2019, 10:31 pm CST", "Chris Davies"],
    ["November 20, 2019 Emiliano Bellini", "Emiliano Bellini"],
    ["2019-11-20 17:27:46 Marcus De Guzman", "Marcus De Guzman"],
    ["Reuters November 18, 2019 11:03 PM", "Reuters"],
    ["Nov 19, 2019 | Opinion by Jane Doe", "Jane Doe"],
    ["November 19, 2019 Commentary by Ali Khan", "Ali Khan"],
  ];
  for (const [text, expected] of cases) assert.equal(header(text), expected, text);
  assert.equal(stampCredit("By Jo Lee on Nov 19, 2019", true)?.explicit, true);
  assert.equal(stampCredit("Chris Davies - Nov 19, 2019", true)?.explicit, false);
  for (const text of [
    "New York - Nov 19, 2019", // a place, not a person: no known first name
    "WASHINGTON, Nov 19 (Reuters) -",
    "Sears store at South Park Mall to close by February 2020", // a deadline
    "Walt Robb, Steve Lobel appearing at BizLab on Nov. 16", // more than names beside the date
    "Nov 19, 2019",
  ])
    assert.equal(header(text), null, text);
});

test("further down, only a date line that opens with its credit gives one", () => {
  assert.equal(
    stampCredit("Written by Rachael Link, MS, RD on November 14, 2019", false)?.names,
    "Rachael Link",
  );
  assert.equal(
    stampCredit("Horoscope for Wednesday, 11/20/19 by Christopher Renstrom", false),
    null,
  );
  assert.equal(stampCredit("Chris Davies - Nov 19, 2019", false), null);
});

test("no sponsor, platform, photographer, reviewer or song is credited as the author", () => {
  for (const text of [
    "November 19, 2019 | Sponsored by Acme Bank",
    "Nov 19, 2019 Powered by WordPress",
    "Nov 19, 2019 · Brought to you by Visa",
    "Photo by Lisa Doe - Nov 19, 2019",
    "Medically reviewed by Lisa Roe, MD on November 14, 2019",
    "Nov 19, 2019 | Stand by Me",
  ])
    assert.equal(stampCredit(text, true), null, text);
});

test("a place beside a date is a dateline, not a person", () => {
  for (const text of [
    "ABU DHABI - Nov 19, 2019",
    "ABU DHABI, Nov 19 (Reuters) -",
    "Abu Dhabi - Nov 19, 2019",
    "Beverly Hills - Nov 19, 2019",
    "George Town - Nov 19, 2019",
    "Sierra Leone - Nov 19, 2019",
  ])
    assert.equal(stampCredit(text, true), null, text);
});

test("month and weekday names are whole words: names that start like them stay whole", () => {
  assert.equal(names("By Peter Marshall 12 November 2019"), "Peter Marshall");
  assert.equal(names("Tom Decker 5 hours ago"), "Tom Decker");
  assert.equal(stampCredit("November 19, 2019 by Mark Smith", true)?.names, "Mark Smith");
  assert.equal(stampCredit("Nov 19, 2019 by Maria Suntory", true)?.names, "Maria Suntory");
});

test("co-authors after commas stay unless they are an outlet or a place; what trails a name goes", () => {
  assert.equal(names("By Jane Doe, José García"), "Jane Doe, José García");
  assert.equal(names("By Jane Doe, Mary-Kate Olsen"), "Jane Doe, Mary-Kate Olsen");
  assert.equal(names("By Jane Doe, Fox News"), "Jane Doe");
  assert.equal(names("By Jane Doe, New York"), "Jane Doe");
  assert.equal(names("By Jane Doe at 10:05 AM"), "Jane Doe");
  assert.equal(names("Von Anna Schmidt am 25. September 2018"), "Anna Schmidt");
  assert.equal(names("By Jane Doe Last updated Nov 19"), "Jane Doe");
  assert.equal(names("By Satya Nadella 2019"), "Satya Nadella");
  assert.equal(names("Par Jean Dupont le 19 novembre 2019"), "Jean Dupont");
  assert.equal(names("Por Juan Pérez el 19 de noviembre de 2019"), "Juan Pérez");
  assert.equal(names("Von Anna Schmidt am 19.11.2019"), "Anna Schmidt");
  assert.equal(names("By Jane Doe at 10:05 AM EST"), "Jane Doe");
  assert.equal(
    names("By Jane Doe, John Roe, Mary Poe and Sam Lee"),
    "Jane Doe, John Roe, Mary Poe and Sam Lee",
  );
  assert.equal(names("By the Associated Press"), "Associated Press");
  assert.equal(names("By the way"), null);
});

test("a line too long to be a credit is not read as one", () => {
  const long = `By ${"Jane Doe ".repeat(5000)}`;
  assert.equal(bylineCredit(long), null);
  assert.equal(stampCredit(`Nov 19, 2019 by ${"Jane ".repeat(5000)}`, true), null);
});

test("what the review of the first fixes found stays fixed", () => {
  // An outlet, title, place or institution after a comma is no co-author.
  for (const tail of [
    "Boston Globe",
    "Chief Economist",
    "Kansas City Star",
    "White House",
    "Harvard University",
  ])
    assert.equal(names(`By Jane Doe, ${tail}`), "Jane Doe", tail);
  assert.equal(names("By Jane Doe, Photo Journalist"), "Jane Doe");
  // A weekday word alone is part of a name.
  assert.equal(names("By Lena H. Sun"), "Lena H. Sun");
  assert.equal(names("By Li Sun and Jane Doe"), "Li Sun and Jane Doe");
  // A capitalised "Le" is a surname, not French "le".
  assert.equal(names("By Phuong Le Nov 19, 2019"), "Phuong Le");
  // Names that are months are names.
  assert.equal(stampCredit("Nov 20, 2019 by June Smith", true)?.names, "June Smith");
  // Credit words before "by" in a date line; caps words and hyphenated "-by" are not.
  assert.equal(stampCredit("Nov 20, 2019 | Story by Paul Smith", true)?.names, "Paul Smith");
  assert.equal(stampCredit("Nov 20, 2019 ART BY PAUL SMITH", true), null);
  assert.equal(stampCredit("Nov 20, 2019 Drive-by Shooting Leaves Two Hurt", true), null);
  // People in capitals, or with a surname like a place word, beside a date are people.
  assert.equal(stampCredit("JANE DOE - Nov 19, 2019", true)?.names, "JANE DOE");
  assert.equal(stampCredit("Joe Park - Nov 19, 2019", true)?.names, "Joe Park");
  assert.equal(names("By the Associated Press, Nov 19, 2019"), "Associated Press");
  assert.equal(
    stampCredit("Nov 19, 2019 | By the Associated Press", true)?.names,
    "Associated Press",
  );
});

test("what the third review found stays fixed", () => {
  // A section "By The Numbers" is no credit.
  assert.equal(bylineCredit("By The Numbers"), null);
  // A foreign date beside the names in a date line.
  assert.equal(stampCredit("Anna Schmidt am 25. September 2018", true)?.names, "Anna Schmidt");
  // A weekday followed by a date or time ends the names.
  assert.equal(names("By Jane Doe Wednesday 11/20/2019"), "Jane Doe");
  assert.equal(names("By Jane Doe Wednesday 10:05 AM"), "Jane Doe");
  // Places and institutions that open with a first name are no co-authors.
  for (const tail of ["Elizabeth City", "Grace Church", "Chelsea Football Club"])
    assert.equal(names(`By Jane Doe, ${tail}`), "Jane Doe", tail);
  // "; Editing by …" ends the credited names; a headline after "Story by" credits no one.
  assert.equal(
    stampCredit("Nov 19, 2019 | Reporting by Paul Smith; Editing by Jane Roe", true)?.names,
    "Paul Smith",
  );
  assert.equal(stampCredit("Nov 19, 2019 | Story by Taylor Swift tops the charts", true), null);
  // A full-width separator in CJK text.
  assert.equal(
    stampCredit("by ライトハウス国際特許事務所 ／ 2016.12.01", true)?.names,
    "ライトハウス国際特許事務所",
  );
});
