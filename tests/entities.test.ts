import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";
import fc from "fast-check";
import {
  canonicalAcronyms,
  canonicalCasing,
  canonicalPeople,
  extractEntities,
  mergeNameVariants,
  namePhrases,
  PHRASE,
} from "../src/entities.ts";

test("people, places and organisations from English text; titles split from names", () => {
  const found = extractEntities(
    [
      "Russian President Vladimir Putin vowed support for Alexander Lukashenko in Minsk.",
      "NATO chief Jens Stoltenberg and the European Union warned Moscow.",
      "Opposition leader Svetlana Tikhanovskaya fled to Lithuania.",
    ],
    "en",
  );
  assert.deepEqual(found.people, [
    "Alexander Lukashenko",
    "Jens Stoltenberg",
    "Svetlana Tikhanovskaya",
    "Vladimir Putin",
  ]);
  assert.ok(
    found.places.includes("Minsk") &&
      found.places.includes("Lithuania") &&
      found.places.includes("Moscow"),
  );
  assert.ok(found.organizations.includes("NATO") && found.organizations.includes("European Union"));
});

test("names with particles, titles with complements, adjectives and weekdays around names", () => {
  const found = extractEntities(
    [
      "European Commission chief Ursula von der Leyen met Secretary of State Mike Pompeo.",
      "Police diverted his Athens-to-Vilnius Ryanair flight, and Lukashenko turned to his ally Russia.",
      "Thousands marched in Minsk Saturday after election challenger Svetlana Tikhanovskaya spoke.",
      "Zelensky again addressed the President of the Russian Federation.",
    ],
    "en",
  );
  assert.deepEqual(found.people, ["Mike Pompeo", "Svetlana Tikhanovskaya", "Ursula von der Leyen"]);
  assert.deepEqual(found.places, ["Minsk", "Russia"]);
  assert.ok(found.organizations.includes("Ryanair"), found.organizations.join());
  assert.ok(found.organizations.includes("Russian Federation"), found.organizations.join());
});

test("a sentence's 'The' leaves the name, 'X of Y' is headed by X, agencies are organisations, and more words cue a person", () => {
  const found = extractEntities(
    [
      "The Central Election Commission says Alexander Lukashenko won.",
      "Boris Goretsky, deputy head of the Belarusian Association of Journalists, told AFP.",
      "Nobel Prize-winning author and outspoken government critic Svetlana Alexievich was questioned.",
      "According to a Reuters witness, police detained 20 journalists.",
    ],
    "en",
  );
  assert.deepEqual(found.organizations, [
    "AFP",
    "Belarusian Association of Journalists",
    "Central Election Commission",
    "Reuters",
  ]);
  assert.deepEqual(found.people, ["Alexander Lukashenko", "Boris Goretsky", "Svetlana Alexievich"]);
});

test("a person 'of' where they work is two names; an organisation 'of the' something is one", () => {
  const found = extractEntities(
    [
      "The man fell ill, according to Alex Horton of the Washington Post, and Sui-Lee Wee of the New York Times confirmed it.",
      "Pope Francis of the Catholic Church prayed. The Bank of the West and the Central Bank of the Russian Federation were closed, John Smith of Reuters said.",
    ],
    "en",
  );
  for (const person of ["Alex Horton", "Francis", "John Smith"])
    assert.ok(found.people.includes(person), person);
  for (const organization of [
    "Washington Post",
    "New York Times",
    "Reuters",
    "Bank of the West",
    "Central Bank of the Russian Federation",
  ])
    assert.ok(found.organizations.includes(organization), organization);
  const all = [...found.people, ...found.places, ...found.organizations];
  assert.ok(
    !all.some((name) => / of (?:the )?(?:Washington|New York|Catholic|Reuters)/.test(name)),
    all.join(", "),
  );
});

test("names a news outlet the words around it call one, and only those", () => {
  const found = extractEntities(
    [
      "He was cited by Russia’s Interfax news agency as saying.",
      "Riot police were deployed, with the Tut.by news website reporting the use of stun grenades.",
      "“Columns have assembled,” said opposition Telegram channel Nexta Live that has helped.",
      "Kolesnikova spoke to reporters.",
    ],
    "en",
  );
  assert.deepEqual(found.organizations, ["Interfax", "Nexta Live", "Telegram", "Tut.by"]);
  assert.deepEqual(found.places, ["Russia"]);
});

test("an acronym spelled out in the same article, or once in the archive, is that name", () => {
  const found = extractEntities(
    ["Diplomats said the EU and NATO met, and the European Union agreed."],
    "en",
  );
  assert.ok(found.organizations.includes("European Union"));
  assert.ok(!found.organizations.includes("EU") && found.organizations.includes("NATO"));
  const canonical = canonicalAcronyms([
    "EU",
    "European Union",
    "UN",
    "United Nations",
    "Union Nationale",
  ]);
  assert.equal(canonical.get("EU"), "European Union");
  assert.equal(canonical.get("UN"), undefined, "two names spell UN: neither is assumed");
});

test("a first name and patronymic join the one full name with that first name", () => {
  assert.deepEqual(
    mergeNameVariants(["Alexander Grigoryevich", "Alexander Lukashenko", "Vladimir Putin"]),
    ["Alexander Lukashenko", "Vladimir Putin"],
  );
  assert.deepEqual(
    mergeNameVariants(["Alexander Grigoryevich", "Alexander Lukashenko", "Alexander Kogan"]),
    ["Alexander Grigoryevich", "Alexander Kogan", "Alexander Lukashenko"],
  );
  assert.deepEqual(mergeNameVariants(["Svetlana Vladimirovna", "Svetlana Tikhanovskaya"]), [
    "Svetlana Tikhanovskaya",
  ]);
  // A woman's name before "-ich" is a surname: the writer is not the opposition leader.
  assert.deepEqual(mergeNameVariants(["Svetlana Alexievich", "Svetlana Tikhanovskaya"]), [
    "Svetlana Alexievich",
    "Svetlana Tikhanovskaya",
  ]);
});

test("a surname alone joins the one full name that ends with it", () => {
  assert.deepEqual(mergeNameVariants(["Lukashenko", "Alexander Lukashenko", "Putin"]), [
    "Alexander Lukashenko",
    "Putin",
  ]);
  const canonical = canonicalPeople([
    "Alexander Lukashenko",
    "Lukashenko",
    "Mark Rutte",
    "Mark Smith",
  ]);
  assert.equal(canonical.get("Lukashenko"), "Alexander Lukashenko");
  assert.equal(canonical.get("Mark"), undefined);
});

test("a name seen before is judged again where it stands: a cue or an age before or after it decides", () => {
  const cued = extractEntities(["The minister Zorblat spoke, and Quemby, 45, listened."], "en");
  assert.deepEqual(cued.people, ["Quemby", "Zorblat"]);
  const plain = extractEntities(["Zorblat spoke, and Quemby listened."], "en");
  assert.deepEqual(plain.people, []);
  assert.deepEqual(extractEntities(["President Quemby met Zorblat."], "en").people, ["Quemby"]);
});

test("other languages get no English guesses", () => {
  assert.deepEqual(extractEntities(["Die Regierung in Berlin hat am Montag beschlossen."], "de"), {
    people: [],
    places: [],
    organizations: [],
  });
});

test("compromise's bundled CommonJS build (loaded for speed) has the same lexicon as its ES build", async () => {
  const lexiconOf = (nlp: { model(): unknown }): unknown =>
    (nlp.model() as { one: { lexicon: unknown } }).one.lexicon;
  const bundled = createRequire(import.meta.url)("compromise") as { model(): unknown };
  const modules = (await import("compromise")).default;
  assert.deepEqual(lexiconOf(bundled), lexiconOf(modules));
});

test("name phrases: the ASCII fast path finds exactly the Unicode pattern's runs", () => {
  const pieces = [
    "Bank",
    "of",
    "England",
    "the",
    "de",
    "Mc",
    "O'Neil",
    "A.",
    "x-Y",
    " ",
    "  ",
    "\n",
    "\t",
    ",",
    "7",
    "é",
    "É",
    "’s",
    "ı",
    "ǅ",
    "a",
  ];
  const paragraph = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(""));
  const runs = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, m[0]]);
  fc.assert(
    fc.property(paragraph, (text) => {
      assert.deepEqual(runs(namePhrases(text)), runs(text.matchAll(PHRASE)));
    }),
    { numRuns: 2000 },
  );
});

test("places of several words, countries by their initials, and the city of an unknown name", () => {
  const found = extractEntities(
    [
      "Unrest spread in the United States and beyond, said a diplomat from Sri Lanka.",
      "US Secretary of State Mike Pompeo met officials from the UK and Saudi Arabia.",
      "The West has imposed sanctions. Another man died in the city of Gomel.",
    ],
    "en",
  );
  assert.deepEqual(found.places, [
    "Gomel",
    "Saudi Arabia",
    "Sri Lanka",
    "United Kingdom",
    "United States",
  ]);
  assert.deepEqual(found.people, ["Mike Pompeo"]);
  assert.deepEqual(found.organizations, []);
});

test("an organisation's short form joins the one longer name in the article", () => {
  const found = extractEntities(
    [
      "The UN Human Rights Council will hold a debate.",
      "The Human Rights Council last met in June, with the European Commission.",
    ],
    "en",
  );
  assert.deepEqual(found.organizations, ["European Commission", "UN Human Rights Council"]);
});

test("a possessive splits only a name it owns, and a short form joins only an acronym's name", () => {
  const found = extractEntities(
    [
      "The People's Liberation Army held drills.",
      "Russia's Foreign Ministry and the Ukrainian Foreign Ministry traded statements.",
    ],
    "en",
  );
  assert.deepEqual(found.organizations, [
    "Foreign Ministry",
    "People's Liberation Army",
    "Ukrainian Foreign Ministry",
  ]);
  assert.deepEqual(found.places, ["Russia"]);
});

test("a sentence's end ends a name: 'said Maria Fischer. Interpol detained' names two", () => {
  const found = extractEntities(["“We left,” said Maria Fischer. Interpol detained dozens."], "en");
  assert.deepEqual(found.people, ["Maria Fischer"]);
  assert.deepEqual(found.organizations, ["Interpol"]);
});

test("a lone word for a kind of body at a sentence's start names none: 'Police', 'Parliament'", () => {
  const found = extractEntities(
    [
      "Police detained dozens. Parliament met on Monday. “Army units left the Central Bank.”",
      "Crowds gathered in Minsk and Lima. Police in Minsk said so.",
      "MINSK - Police detained dozens. Lima — Army units left.",
    ],
    "en",
  );
  assert.deepEqual(found.organizations, ["Central Bank"]);
  // Inside a sentence the capital is the name's: "told the Times".
  const named = extractEntities(["He told the Times that the Post had it first."], "en");
  assert.deepEqual(named.organizations, ["Post", "Times"]);
});

test("names differing only in case are one, spelled as most mentions spell them", () => {
  const casing = canonicalCasing(["Athens", "Athens", "ATHENS", "NATO", "NATO", "Nato", "EU"]);
  assert.equal(casing.get("ATHENS"), "Athens");
  assert.equal(casing.get("Nato"), "NATO");
  assert.equal(casing.get("Athens"), undefined);
  assert.equal(casing.get("EU"), undefined);
  // On a tie the spelling that is not all capitals wins.
  assert.equal(canonicalCasing(["LAGOS", "Lagos"]).get("LAGOS"), "Lagos");
});

test("'for' joins an organisation's name, and a short capitalised word before a full stop ends one", () => {
  const found = extractEntities(
    [
      "The Central Office for Health and the Central Office for Welfare disagreed.",
      "“We stay,” said Amir Ito. Officials declined to comment, said St. Louis Mayor Ann Lee.",
      "The UN High Commissioner for Human Rights said so.",
    ],
    "en",
  );
  assert.deepEqual(found.organizations, [
    "Central Office for Health",
    "Central Office for Welfare",
  ]);
  assert.ok(!found.people.some((name) => name.includes(".")), found.people.join(", "));
  assert.ok(found.people.includes("Ann Lee"), found.people.join(", "));
});

test("a sentence's first function word is no part of the name after it", () => {
  const found = extractEntities(
    [
      "When Lukashenko arrived in Minsk, officials met him.",
      "Although John Smith was abroad, his team met.",
      "Hey Twitter, said the post.",
    ],
    "en",
  );
  assert.deepEqual(found.people, ["John Smith"]);
  assert.ok(!found.organizations.some((name) => /^(?:When|Although|Hey) /.test(name)));
  assert.ok(!found.people.some((name) => /^(?:When|Although) /.test(name)));
});

test("a movement to a name makes it a place, there and elsewhere in the article", () => {
  const found = extractEntities(
    [
      "The minister will travel to Santiago next week.",
      "Protesters gathered in Santiago on Sunday.",
    ],
    "en",
  );
  assert.deepEqual([found.people, found.places], [[], ["Santiago"]]);
});
