// The headlines a reader sees in the seed files (content/raw), shared by the tests that check them.

/** The ten articles of the listing page 003, in order. */
export const LISTING_HEADLINES = [
  "Putin Ready To Negotiate With Ukraine, Says Kremlin",
  "Migrant Crisis: Belarus Threatens To Cut Off Gas Supply To Europe",
  "Belarus Bans Journalists From Covering Mass Protests",
  "Belarus Protesters Take To The Streets With New Tactic",
  "Belarus Opposition Leader Meets EU to urge sanctions",
  "UN Steps Up Pressure Over Belarus Violence",
  "Belarus Leader Replaces Security Chiefs As Russia PM Visits",
  "Putin Vows Military Support For Belarus’ Lukashenko",
  "Emergency EU Summit On Belarus Crisis Begins",
  "Belarus Leader Says Putin Offers Help As Pressure Builds",
];

/** Headlines of the single-article files 001, 002 and 004 (000 has none). */
export const SINGLE_HEADLINES = [
  "Russian President Putin vows military support for Belarus' Lukashenko",
  "Putin urges Belarus authorities, opposition to find way out of crisis",
  "Belarus Crisis: Russia Pledges Support for Alexander Lukashenko",
];
