// Deterministic generator of raw scraped-news text, shaped like the files in content/raw/: single
// articles wrapped in site chrome, multi-article listing pages, wire stories reprinted by several
// outlets, explicit, implicit and missing dates, four languages and a few encoding quirks. Every
// choice comes from one seeded PRNG, so the same options always give byte-identical files.

import nlp from "compromise";
import { BYTE_OF_WINDOWS_1252 } from "./decode.ts";

export type Language = "en" | "de" | "fr" | "es";
export type Layout = "chrome" | "highlights" | "bare" | "listing";
/** What in the text lets a reader date the article: a date line, a dated caption plus weekday words, or nothing. */
export type DateEvidence = "explicit" | "caption" | "none";
export type FileEncoding = "utf-8" | "windows-1252";

export interface CorpusOptions {
  articles: number;
  seed: number;
  /** "YYYY-MM-DD": stories are dated from this day to the end of 2023 (default: 2019-01-01). */
  from?: string;
}

export interface ArticleManifest {
  /** 1-based position of the article in its file. */
  index: number;
  /** Articles sharing a story id are reprints of one wire story. */
  story: string;
  language: Language;
  /** The article's own headline line; null when the page prints none (the " date …" shape). */
  headline: string | null;
  /** True publication date, "YYYY-MM-DD", known to the generator even when the text does not say it. */
  date: string;
  dateEvidence: DateEvidence;
  /** Body paragraphs, not counting subheadings and chrome. */
  paragraphs: number;
}

export interface FileManifest {
  /** Path relative to the corpus directory, "/" separated. */
  file: string;
  site: string;
  layout: Layout;
  encoding: FileEncoding;
  bom: boolean;
  crlf: boolean;
  articles: ArticleManifest[];
}

export interface GeneratedFile {
  manifest: FileManifest;
  bytes: Uint8Array;
  /** Each article's body paragraphs as printed, in manifest order: the text the ingest should keep. */
  bodies: readonly (readonly string[])[];
}

// ---------------------------------------------------------------------------------------------
// Randomness

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: tiny, fast and good enough for test data; the same seed always gives the same stream. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
  };
}

/** Index into `weights` chosen with probability proportional to each weight. */
function pickWeighted(rng: Rng, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let point = rng.next() * total;
  for (const [index, weight] of weights.entries()) {
    point -= weight;
    if (point < 0) return index;
  }
  return weights.length - 1;
}

// ---------------------------------------------------------------------------------------------
// Templates: "{S} said {W} that …" compiled once into literal/slot parts, filled per sentence.

type SlotName =
  | "P"
  | "S"
  | "R"
  | "P2"
  | "S2"
  | "R2"
  | "O"
  | "C"
  | "C2"
  | "N"
  | "T"
  | "t"
  | "W"
  | "QC"
  | "QP"
  | "NUM"
  | "NUM2"
  | "PCT"
  | "AG"
  | "CD"
  | "X"
  | "G"
  | "V"
  | "NN"
  | "D";

type Template = readonly (string | { slot: SlotName })[];
type SlotFiller = (slot: SlotName) => string;

const SLOT_PATTERN = /\{([A-Za-z0-9]+)\}/g;

function compileTemplate(source: string): Template {
  const parts: (string | { slot: SlotName })[] = [];
  let last = 0;
  for (const match of source.matchAll(SLOT_PATTERN)) {
    parts.push(source.slice(last, match.index));
    parts.push({ slot: match[1] as SlotName });
    last = match.index + match[0].length;
  }
  parts.push(source.slice(last));
  return parts;
}

function fillTemplate(template: Template, fill: SlotFiller): string {
  let text = "";
  for (const part of template) text += typeof part === "string" ? part : fill(part.slot);
  return text;
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Language banks. News prose with the stopword density of real copy: the ingest
// detects language and scores lines by stopword share, so word salad would not be a fair test.

interface Place {
  city: string;
  country: string;
  /** The country as a locative phrase: "in Belarus", "in der Schweiz", "en France". */
  inCountry: string;
}

interface LanguageBank {
  vocabulary: Vocabulary;
  maleNames: readonly string[];
  femaleNames: readonly string[];
  surnames: readonly string[];
  /** [male form, female form]. */
  roles: readonly (readonly [string, string])[];
  places: readonly Place[];
  /** Where in the country a story's topic plays out, appended to the topic phrase. */
  regions: readonly string[];
  /** [phrase used after the language's feminine or definite article, short form for headlines]. */
  topics: readonly (readonly [string, string])[];
  agencies: readonly string[];
  /** Sunday first, as Date#getUTCDay counts. */
  weekdays: readonly string[];
  months: readonly string[];
  /** Frames of what a story's people say; each story fills two of them once. */
  quotes: readonly Template[];
  quote: (text: string, ending: "," | ".") => string;
  ledes: readonly Template[];
  sentences: readonly Template[];
  headlines: readonly Template[];
  subheadings: readonly Template[];
  captions: readonly Template[];
  /** ", on November 29, 2020" — the caption's date phrase, leading comma included. */
  captionDate: (date: Date) => string;
  filePhoto: string;
  number: (value: number) => string;
  percent: (value: number) => string;
  labels: ChromeLabels;
}

interface ChromeLabels {
  readAlso: string;
  imageSource: string;
  tags: string;
  related: string;
  byline: string;
  sections: readonly string[];
  comments: (count: number) => string;
}

const compileAll = (sources: readonly string[]): Template[] => sources.map(compileTemplate);

const decimalComma = (value: number): string => String(value).replace(".", ",");

function groupThousands(value: number, separator: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

// ---------------------------------------------------------------------------------------------
// Vocabularies. Sentence frames keep the fixed wording to runs of at most three words and fill
// the rest afresh per sentence from large word lists, so unrelated stories rarely share four
// words in a row (the ingest's shingle size), as in real news; a story's cast, place and topic
// stay fixed, so its reprints still match.

/** Open-class words for one language, drawn afresh for every slot. */
interface Vocabulary {
  /** "the rising fuel costs", "die neuen Mietpreise": a plural phrase, subject or object. */
  nounPhrase: (rng: Rng) => string;
  /** "of the rural clinics", "der kleinen Betriebe": what a noun phrase belongs to. */
  ofPhrase: (rng: Rng) => string;
  /** A transitive verb as the frames need it: simple past in English, past participle elsewhere. */
  verb: (rng: Rng) => string;
  /** An adverb that is also a stopword ("already", "bereits"), as real copy is full of them. */
  adverb: (rng: Rng) => string;
  /** Plural people, counted or acting as a group: "3,000 nurses". */
  crowd: (rng: Rng) => string;
  /** An institution, chosen once per story. */
  organization: (rng: Rng) => string;
}

const wordList = (text: string): string[] => text.split(" ");

interface EnglishNames {
  maleNames: string[];
  femaleNames: string[];
  surnames: string[];
}

type LexiconTags = Readonly<Record<string, string | readonly string[]>>;

/** Thousands of first names and surnames from compromise's English lexicon. */
function englishNames(): EnglishNames {
  const lexicon = (nlp.model() as unknown as { one: { lexicon: LexiconTags } }).one.lexicon;
  const names: EnglishNames = { maleNames: [], femaleNames: [], surnames: [] };
  const lists: Readonly<Record<string, string[]>> = {
    MaleName: names.maleNames,
    FemaleName: names.femaleNames,
    LastName: names.surnames,
  };
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = typeof tags === "string" ? lists[tags] : undefined;
    if (list && /^[a-z]{3,}$/.test(word)) list.push(capitalizeFirst(word));
  }
  return names;
}

const ENGLISH_NAMES = englishNames();

const ENGLISH_NOUNS = wordList(
  "taxes rents wages prices costs budgets contracts projects programmes loans subsidies grants benefits pensions allowances services hospitals clinics schools homes jobs roads railways bridges ports airports networks pipelines plants factories mines farms licences permits rules regulations laws reforms measures standards quotas limits tariffs fees fines charges debts deficits revenues savings reserves funds accounts payments bills refunds exports imports deliveries supplies shortages losses profits forecasts figures reports audits surveys inquiries reviews proposals plans deals agreements sanctions controls checks inspections repairs upgrades closures cuts increases delays contributions premiums salaries bonuses vouchers stockpiles",
);
const ENGLISH_ADJECTIVES = wordList(
  "regional national local social fiscal municipal federal central medical rural urban public private foreign annual monthly emergency temporary permanent new existing former planned proposed disputed controversial recent current future provisional final massive excessive significant considerable additional necessary costly dangerous inadequate outdated modern digital industrial commercial legal judicial financial minimum maximum mandatory voluntary free regular complex strict heavy frozen reduced higher lower overdue unpaid hidden delayed promised crucial basic northern southern eastern western secret generous modest",
);

/** Draws one word from a space-separated list, split once. */
function pickFrom(text: string): (rng: Rng) => string {
  const list = wordList(text);
  return (rng) => rng.pick(list);
}

/** Names such as "the Regional Council for Housing": one pick from each part, joined. */
function institution(
  article: string,
  parts: readonly (readonly string[])[],
  join: string,
): (rng: Rng) => string {
  return (rng) => `${article}${parts.map((part) => rng.pick(part)).join(join)}`;
}

const ENGLISH_DETERMINERS = wordList("the the the these its their many some several");

function englishNounPhrase(rng: Rng): string {
  const adjective = rng.pick(ENGLISH_ADJECTIVES);
  return `${rng.pick(ENGLISH_DETERMINERS)} ${adjective} ${rng.pick(ENGLISH_NOUNS)}`;
}

const ENGLISH_VOCABULARY: Vocabulary = {
  nounPhrase: englishNounPhrase,
  ofPhrase: (rng) => `of ${englishNounPhrase(rng)}`,
  verb: pickFrom(
    "criticised demanded rejected defended announced unveiled approved suspended postponed reviewed confirmed disputed welcomed condemned raised cut extended limited expanded adopted signed published withdrew blocked funded doubled froze scrapped relaxed tightened claimed authorised promised negotiated revised denounced backed opposed delayed accelerated replaced guaranteed threatened estimated paid assessed reformed capped taxed subsidised privatised slashed halted challenged investigated denied questioned endorsed praised overhauled audited leaked proposed renewed",
  ),
  adverb: pickFrom("also already now again still even recently previously"),
  crowd: pickFrom(
    "residents workers commuters patients tenants farmers teachers nurses doctors students pensioners parents pupils passengers customers employees protesters voters refugees soldiers officers volunteers members miners drivers dockers traders shopkeepers lawyers engineers midwives judges researchers fishermen bakers artists journalists activists landlords",
  ),
  organization: institution(
    "the ",
    [
      wordList("National Regional Federal Independent State Municipal Central"),
      wordList("Council Agency Commission Authority Office Union Association Institute Board"),
      ["for"],
      wordList(
        "Housing Energy Water Transport Health Education Pensions Farming Fisheries Trade Tourism Policing Justice Migration Consumers Tenants Finance Culture Sport Science Employment Youth Families Aviation Ports Forestry Mining Broadcasting Statistics Welfare",
      ),
    ],
    " ",
  ),
};

/** German: compound nouns from a modifier and a plural head ("Miet" + "preise"). */
const GERMAN_MODIFIERS = wordList(
  "Energie Steuer Miet Strom Wasser Gesundheits Renten Bildungs Verkehrs Bahn Bus Schul Kita Pflege Wohnungs Bau Haushalts Sozial Kranken Klima Agrar Export Import Lohn Arbeits Grenz Polizei Justiz Sicherheits Hafen Flughafen Stadt Landes Bundes Gemeinde Kreis Müll Abwasser Gas Kohle Wind Solar Daten Forschungs Hochschul Sport Kultur Medien Post Kredit Versicherungs Industrie Handels Tourismus Fischerei Forst Nahverkehrs Wahl Finanz Förder",
);
const GERMAN_HEADS = wordList(
  "preise kosten regeln gesetze pläne reformen ausgaben zahlen verträge abgaben hilfen zuschüsse subventionen programme projekte vorschriften gebühren tarife löhne schulden einnahmen mittel beiträge leistungen prognosen berichte daten quoten grenzwerte standards auflagen kontrollen verbände behörden betriebe unternehmen firmen anlagen netze stellen konzepte strategien maßnahmen fonds haushalte rechnungen verluste gewinne engpässe lücken defizite risiken reserven",
);
/** Stems that take the plural endings -en (after an article), -e and -er (without one). */
const GERMAN_ADJECTIVES = wordList(
  "neu hoh regional öffentlich sozial staatlich kommunal privat lokal zusätzlich geplant umstritten bisherig jüngst wachsend steigend sinkend knapp teur billig alt klein groß digital ländlich städtisch europäisch national wirtschaftlich politisch finanziell rechtlich medizinisch technisch ökologisch kurzfristig langfristig jährlich monatlich offiziell vertraulich vorläufig endgültig strittig dringend notwendig umfangreich erheblich massiv befristet einheitlich gemeinsam zahlreich weitreichend unabhängig gesetzlich freiwillig verbindlich international nördlich südlich östlich westlich zentral marod veraltet modern ausstehend offen fehlend versprochen angekündigt verschärft gelockert gekürzt erhöht",
);

function germanNoun(rng: Rng): string {
  return `${rng.pick(GERMAN_MODIFIERS)}${rng.pick(GERMAN_HEADS)}`;
}

/** With a determiner the adjective ends in -en; alone, in `bare` (-e, or -er in the genitive). */
function germanPhrase(rng: Rng, determiners: readonly string[], bare: string): string {
  const determiner = rng.pick(determiners);
  const adjective = rng.pick(GERMAN_ADJECTIVES);
  if (determiner === "") return `${adjective}${bare} ${germanNoun(rng)}`;
  return `${determiner} ${adjective}en ${germanNoun(rng)}`;
}

const GERMAN_VOCABULARY: Vocabulary = {
  nounPhrase: (rng) => germanPhrase(rng, ["die", "die", "diese", "ihre", "seine", "alle", ""], "e"),
  ofPhrase: (rng) => germanPhrase(rng, ["der", "der", "dieser", "ihrer", ""], "er"),
  verb: pickFrom(
    "kritisiert gefordert abgelehnt verteidigt angekündigt vorgestellt gebilligt gestoppt verschoben geprüft bestätigt bestritten begrüßt verurteilt erhöht gesenkt gekürzt ausgeweitet eingeschränkt verlängert beschlossen unterzeichnet veröffentlicht vorgelegt zurückgezogen untersucht blockiert finanziert verdoppelt halbiert ausgesetzt aufgehoben gelockert verschärft beantragt genehmigt versprochen angefochten angemahnt eingefordert überprüft verhandelt vereinbart aufgestockt eingefroren gestrichen umgeschichtet angepasst offengelegt kommentiert dementiert bemängelt gelobt unterstützt bekämpft erschwert erleichtert beschleunigt verzögert belastet entlastet ersetzt übernommen gesichert gefährdet erreicht verfehlt gemeldet registriert gezählt berechnet geschätzt ausgezahlt zugesagt",
  ),
  adverb: pickFrom(
    "auch noch schon bereits nun jedoch dabei wieder allerdings jetzt daher dann bisher",
  ),
  crowd: pickFrom(
    "Beschäftigte Anwohner Pendler Patienten Mieter Landwirte Lehrer Pflegekräfte Ärzte Studierende Rentner Eltern Schüler Fahrgäste Kunden Arbeiter Beamte Ingenieure Händler Handwerker Busfahrer Hebammen Anwälte Forscher Winzer Demonstranten Bewohner Geflüchtete Soldaten Polizisten Helfer Mitglieder Wähler",
  ),
  organization: institution(
    "die ",
    [
      wordList("Landes Bundes Stadt Kreis Regional"),
      wordList("agentur kommission behörde gewerkschaft stiftung vereinigung kammer initiative"),
      [" für "],
      wordList(
        "Wohnungsbau Energie Wasser Verkehr Gesundheit Bildung Renten Landwirtschaft Fischerei Handel Tourismus Sicherheit Justiz Migration Altenpflege Mittelstand Verbraucherschutz Mieterschutz Verkehrssicherheit Finanzen Soziales Kultur Sport Forschung Umweltschutz Digitales Arbeit Jugend Familie Integration",
      ),
    ],
    "",
  ),
};

/** French and Spanish: plural nouns of each gender, adjectives in both plural forms. */
interface RomanceWords {
  masculine: readonly string[];
  feminine: readonly string[];
  /** [masculine plural, feminine plural]. */
  adjectives: readonly (readonly [string, string])[];
  /** Determiners of a plain phrase and of an "of" phrase, masculine then feminine. */
  determiners: readonly [readonly string[], readonly string[]];
  ofDeterminers: readonly [readonly string[], readonly string[]];
}

/** Nouns come before their adjective: "les aides régionales", "las ayudas regionales". */
function romancePhrase(
  words: RomanceWords,
  determiners: RomanceWords["determiners"],
  rng: Rng,
): string {
  const feminine = rng.chance(
    words.feminine.length / (words.feminine.length + words.masculine.length),
  );
  const gender = feminine ? 1 : 0;
  const noun = rng.pick(feminine ? words.feminine : words.masculine);
  const adjective = rng.pick(words.adjectives)[gender];
  return `${rng.pick(determiners[gender])} ${noun} ${adjective}`;
}

function romanceVocabulary(
  words: RomanceWords,
  lists: Pick<Vocabulary, "verb" | "adverb" | "crowd" | "organization">,
): Vocabulary {
  return {
    nounPhrase: (rng) => romancePhrase(words, words.determiners, rng),
    ofPhrase: (rng) => romancePhrase(words, words.ofDeterminers, rng),
    ...lists,
  };
}

/** French plural adjective forms from the masculine singular. */
function frenchPlurals(adjective: string): readonly [string, string] {
  const rules: readonly (readonly [RegExp, string, string])[] = [
    [/al$/, "aux", "ales"],
    [/e$/, "es", "es"],
    [/el$/, "els", "elles"],
    [/ien$/, "iens", "iennes"],
    [/if$/, "ifs", "ives"],
    [/eux$/, "eux", "euses"],
    [/er$/, "ers", "ères"],
    [/s$/, "s", "ses"],
  ];
  for (const [ending, masculine, feminine] of rules) {
    if (ending.test(adjective)) {
      const stem = adjective.replace(ending, "");
      return [`${stem}${masculine}`, `${stem}${feminine}`];
    }
  }
  return [`${adjective}s`, `${adjective}es`];
}

/** Spanish plural adjective forms from the masculine singular. */
function spanishPlurals(adjective: string): readonly [string, string] {
  if (adjective.endsWith("o")) return [`${adjective}s`, `${adjective.slice(0, -1)}as`];
  if (/[aeé]$/.test(adjective)) return [`${adjective}s`, `${adjective}s`];
  return [`${adjective}es`, `${adjective}es`];
}

const FRENCH_VOCABULARY = romanceVocabulary(
  {
    masculine: wordList(
      "impôts loyers salaires tarifs budgets contrats projets programmes crédits revenus services transports hôpitaux logements emplois chantiers réseaux accords chiffres délais frais investissements effectifs dossiers plans marchés prix coûts travaux équipements barèmes quotas seuils contrôles comptes fonds dispositifs partenariats règlements établissements commerces secteurs centres sites locaux péages abonnements subsides",
    ),
    feminine: wordList(
      "taxes aides dépenses règles réformes subventions recettes primes pensions allocations retraites mesures normes lois écoles cliniques entreprises usines routes lignes factures dettes cotisations indemnités amendes prévisions données enquêtes procédures autorisations licences ressources réserves infrastructures installations structures filières exportations importations négociations propositions livraisons pertes baisses hausses",
    ),
    adjectives: wordList(
      "régional national local social fiscal municipal communal fédéral central médical hospitalier agricole économique politique budgétaire énergétique sanitaire scolaire urbain rural européen étranger annuel mensuel exceptionnel prévu annoncé contesté controversé récent ancien actuel futur provisoire définitif massif excessif important considérable supplémentaire nécessaire coûteux dangereux insuffisant vétuste moderne numérique industriel commercial juridique judiciaire financier bancaire salarial minimal obligatoire volontaire gratuit payant prioritaire régulier complexe promis gelé réduit tendu strict lourd",
    ).map(frenchPlurals),
    determiners: [
      ["les", "les", "ces", "leurs", "ses", "des"],
      ["les", "les", "ces", "leurs", "ses", "des"],
    ],
    ofDeterminers: [
      ["des", "des", "de ces", "de leurs", "de ses"],
      ["des", "des", "de ces", "de leurs", "de ses"],
    ],
  },
  {
    verb: pickFrom(
      "critiqué demandé rejeté défendu annoncé présenté approuvé suspendu reporté examiné confirmé contesté salué condamné augmenté réduit prolongé limité étendu adopté signé publié retiré bloqué financé doublé gelé supprimé relevé assoupli durci réclamé autorisé promis négocié révisé dénoncé soutenu combattu retardé accéléré remplacé garanti menacé atteint estimé versé évalué chiffré réformé encadré plafonné taxé subventionné privatisé amputé paralysé attaqué dévoilé vanté minimisé décrié",
    ),
    adverb: pickFrom("aussi déjà encore désormais pourtant toujours"),
    crowd: pickFrom(
      "personnes habitants salariés patients locataires agriculteurs enseignants infirmiers médecins étudiants retraités parents élèves usagers clients ouvriers fonctionnaires ingénieurs commerçants artisans chauffeurs avocats chercheurs viticulteurs manifestants riverains réfugiés soldats policiers bénévoles adhérents électeurs",
    ),
    organization: institution(
      "le ",
      [
        wordList("conseil syndicat comité collectif réseau groupement bureau centre"),
        wordList("national régional départemental indépendant interprofessionnel municipal"),
        [
          "du logement",
          "de l'énergie",
          "de l'eau",
          "des transports",
          "de la santé",
          "de l'éducation",
          "des retraites",
          "de l'agriculture",
          "de la pêche",
          "du commerce",
          "du tourisme",
          "de la sécurité",
          "de la justice",
          "des migrations",
          "des personnes âgées",
          "des petites entreprises",
          "des consommateurs",
          "des locataires",
          "des finances publiques",
          "de l'action sociale",
          "de la culture",
          "du sport",
          "de la recherche",
          "de l'environnement",
          "du numérique",
          "de l'emploi",
          "de la jeunesse",
          "des familles",
        ],
      ],
      " ",
    ),
  },
);

const SPANISH_VOCABULARY = romanceVocabulary(
  {
    masculine: wordList(
      "impuestos alquileres salarios precios costes presupuestos contratos proyectos programas créditos ingresos servicios transportes hospitales empleos puestos acuerdos datos plazos gastos fondos planes mercados sueldos subsidios recortes peajes trenes puertos centros colegios barrios municipios sectores informes controles requisitos permisos derechos recursos seguros cupos pagos ajustes",
    ),
    feminine: wordList(
      "tasas ayudas normas reformas subvenciones pensiones prestaciones medidas leyes escuelas clínicas empresas fábricas carreteras líneas facturas deudas cuotas multas previsiones cifras encuestas licencias obras viviendas tarifas cuentas ventas pérdidas subidas bajadas exportaciones importaciones negociaciones propuestas inversiones infraestructuras instalaciones plantillas",
    ),
    adjectives: wordList(
      "regional nacional local social fiscal municipal federal central médico sanitario escolar agrícola económico político público presupuestario energético urbano rural europeo extranjero anual mensual excepcional previsto anunciado polémico reciente antiguo actual futuro provisional definitivo masivo excesivo importante considerable adicional necesario costoso peligroso insuficiente moderno digital industrial comercial jurídico judicial financiero bancario salarial mínimo máximo obligatorio voluntario gratuito prioritario regular complejo estricto elevado congelado reducido nuevo pendiente urgente estatal autonómico laboral",
    ).map(spanishPlurals),
    determiners: [
      ["los", "los", "estos", "sus", "unos"],
      ["las", "las", "estas", "sus", "unas"],
    ],
    ofDeterminers: [
      ["de los", "de los", "de estos", "de sus"],
      ["de las", "de las", "de estas", "de sus"],
    ],
  },
  {
    verb: pickFrom(
      "criticado exigido rechazado defendido anunciado presentado aprobado suspendido aplazado examinado confirmado cuestionado celebrado condenado aumentado reducido prolongado limitado ampliado adoptado firmado publicado retirado bloqueado financiado duplicado congelado suprimido elevado flexibilizado endurecido reclamado autorizado prometido negociado revisado denunciado apoyado combatido retrasado acelerado sustituido garantizado amenazado alcanzado estimado pagado evaluado cifrado reformado regulado gravado subvencionado privatizado recortado paralizado impugnado recurrido investigado desmentido matizado respaldado frenado agilizado",
    ),
    adverb: pickFrom("también ya ahora todavía además incluso"),
    crowd: pickFrom(
      "personas vecinos trabajadores pacientes inquilinos agricultores profesores enfermeros médicos estudiantes jubilados padres alumnos usuarios clientes obreros funcionarios ingenieros comerciantes artesanos conductores abogados investigadores viticultores manifestantes residentes refugiados soldados agentes voluntarios afiliados votantes",
    ),
    organization: institution(
      "el ",
      [
        wordList("consejo sindicato comité colectivo observatorio instituto centro foro"),
        wordList("nacional regional provincial independiente municipal estatal"),
        [
          "de vivienda",
          "de energía",
          "del agua",
          "de transporte",
          "de salud",
          "de educación",
          "de pensiones",
          "de agricultura",
          "de pesca",
          "de comercio",
          "de turismo",
          "de seguridad",
          "de justicia",
          "de migraciones",
          "de mayores",
          "de pequeñas empresas",
          "de consumidores",
          "de inquilinos",
          "de seguridad vial",
          "de finanzas públicas",
          "de acción social",
          "de cultura",
          "del deporte",
          "de investigación",
          "de medio ambiente",
          "de empleo",
          "de la juventud",
          "de las familias",
        ],
      ],
      " ",
    ),
  },
);

const ENGLISH_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const ENGLISH: LanguageBank = {
  vocabulary: ENGLISH_VOCABULARY,
  maleNames: ENGLISH_NAMES.maleNames,
  femaleNames: ENGLISH_NAMES.femaleNames,
  surnames: ENGLISH_NAMES.surnames,
  roles: [
    ["the interior minister", "the interior minister"],
    ["the prime minister", "the prime minister"],
    ["a government spokesman", "a government spokeswoman"],
    ["the mayor", "the mayor"],
    ["the finance minister", "the finance minister"],
    ["the opposition leader", "the opposition leader"],
    ["a senior diplomat", "a senior diplomat"],
    ["the union leader", "the union leader"],
    ["the health minister", "the health minister"],
    ["a presidential adviser", "a presidential adviser"],
  ],
  regions: [
    "in the north",
    "in the south",
    "on the coast",
    "in the capital",
    "along the border",
    "in the east",
    "in the west",
    "in rural areas",
  ],
  places: [
    ["Minsk", "Belarus"],
    ["Warsaw", "Poland"],
    ["Brussels", "Belgium"],
    ["Nairobi", "Kenya"],
    ["Lagos", "Nigeria"],
    ["Manila", "the Philippines"],
    ["Lima", "Peru"],
    ["Ankara", "Turkey"],
    ["Kyiv", "Ukraine"],
    ["Athens", "Greece"],
    ["Dublin", "Ireland"],
    ["Ottawa", "Canada"],
    ["Canberra", "Australia"],
    ["Tbilisi", "Georgia"],
    ["Vilnius", "Lithuania"],
    ["Dhaka", "Bangladesh"],
    ["Accra", "Ghana"],
    ["Santiago", "Chile"],
    ["Jakarta", "Indonesia"],
    ["Budapest", "Hungary"],
  ].map(([city = "", country = ""]) => ({ city, country, inCountry: `in ${country}` })),
  topics: [
    ["planned pension reform", "pension reform"],
    ["new energy law", "energy law"],
    ["shortage of affordable housing", "housing crisis"],
    ["crackdown on protesters", "crackdown"],
    ["proposed tax increase", "tax rise"],
    ["closure of the steel plant", "plant closure"],
    ["dispute over fishing rights", "fishing row"],
    ["rise in food prices", "food prices"],
    ["expansion of the airport", "airport expansion"],
    ["strike by rail workers", "rail strike"],
    ["reform of the health service", "health reform"],
    ["disputed election result", "election row"],
    ["water shortage", "water shortage"],
    ["new migration rules", "migration rules"],
    ["investigation into the arms contract", "arms contract"],
    ["plan to cut emissions", "emissions plan"],
    ["shortage of teachers", "teacher shortage"],
    ["sale of the state airline", "airline sale"],
    ["plan to privatise the water company", "water sell-off"],
    ["ban on night flights", "night flight ban"],
    ["cuts to university funding", "university cuts"],
    ["overhaul of the police force", "police overhaul"],
    ["new mining licence", "mining licence"],
    ["merger of the two state banks", "bank merger"],
    ["rise in bus and train fares", "fare rise"],
    ["plan to build a nuclear plant", "nuclear plan"],
  ],
  agencies: ["AFP", "Reuters", "AP"],
  weekdays: [
    "on Sunday",
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "on Saturday",
  ],
  months: ENGLISH_MONTHS,
  quotes: compileAll([
    "We {V} {X} {G}, and {X} {V} {X}",
    "{X} {G} {V} {X}, and {NN} want answers from {X}",
    "This is about {NN} and {X} {G}",
    "We welcome {NN} who {V} {X} {G}",
    "Nobody {V} {X} {G} without {X}",
    "{NN} {V} {X}, and we {V} {X} {G}",
  ]),
  quote: (text, ending) => `\u201c${text}${ending}\u201d`,
  ledes: compileAll([
    "{P}, {R}, {W} {V} {X} {G} in {C}, saying {X} {V} {X}.",
    "More than {NUM} {NN} gathered in {C} {W} after {O} {V} {X} {G}.",
    "{O} {W} {V} {X} {G}, and {P} warned {X} {V} {X}.",
    "{P} and {P2} {W} {V} {X} {G} in {C}, but {X} {V} {X}.",
    "Police in {C} {W} {V} {X} {G} as {NUM} {NN} {V} {X}.",
  ]),
  sentences: compileAll([
    "{P} said {X} {G} {D} {V} {X} over {NUM} {NN}.",
    "{QC} {P} told {AG} in {C}.",
    "{O} estimated that {X} {V} {X} after {NUM} {NN} {V} {X}.",
    "Critics of {S} say {X} {D} {V} {X} {G}.",
    "Whether {X} {G} {V} {X} was unclear, {P2} said.",
    "{P}, {R}, {V} {X} {G} and {D} {V} {X}.",
    "{O} {V} {X} {G}, which {P} {V} {NUM2} days ago.",
    "Police in {C} said {NUM2} {NN} {V} {X} {G}.",
    "{S} and {P2}, who {V} {X} {G}, will travel to {C2}.",
    "Both sides {V} {X} {G} for months, {P2} said.",
    "{P} expects {X} {G} to cost {PCT} of {X}.",
    "{P2}, {R2}, told {AG} {X} {D} {V} {X} {G}.",
    "Of the {NUM} {NN} in {C}, many say {X} {D} {V} {X}.",
    "Since {P} {V} {X}, {NUM} {NN} {V} {X} in {C} and {C2}.",
    "{QP} With those words, {P} {V} {X} {G}.",
    "Officials in {C} {V} {NUM} {NN} {G} since {P} {V} {X}.",
    "{P}'s government {V} {X}, saying {X} {V} {X} {G}.",
    "{P}, who {V} {X} {G}, {V} the {T} {W}.",
    "{X} {N} {V} {X} {G}, according to {P2}.",
    "{P2} recalled that {X} {V} {X} in {C2} only {NUM2} days earlier.",
    "{NN} near {C} told {AG} {X} {G} {V} {X}.",
    "Speaking to {NN}, {P} {V} {X} {G}.",
    "Ministers urged {P} to delay {X} {G}.",
    "{NN} blocked {X} outside {C} for {NUM2} hours, demanding {X} {G}.",
    "Support for {P} fell to {PCT}, as {X} {G} {V} {X}.",
    "Prices {G} in {C} rose by {PCT} since {X} {V} the {T}.",
  ]),
  headlines: compileAll([
    "{P} vows to press ahead with {t} despite protests",
    "Thousands rally in {C} against {P}'s {t}",
    "{O} warns {P} of growing crisis over {t}",
    "Talks on {t} collapse as {P} walks out",
    "{P} under pressure over {t}",
    "Police detain dozens in {C} as anger at {P} grows",
    "{C} braces for more unrest as {P} defends {t}",
    "{P} and {S2} fail to break deadlock on {t}",
    "{P} calls for calm after clashes in {C}",
    "{O} demands inquiry into {t} after {P} remarks",
  ]),
  subheadings: compileAll([
    "Pressure on {P}",
    "Anger at {P}",
    "What next for {P}?",
    "{P} stands firm",
    "No easy answers for {P}",
    "{P} calls for calm",
  ]),
  captions: compileAll([
    "{P}, {R}, speaks to the media in {C}{CD}.",
    "Protesters hold placards during a rally against the {t} in {C}{CD}.",
    "{P} attends a news conference in {C}{CD}.",
    "Police officers stand guard outside the parliament building in {C}{CD}.",
    "{P} and {P2} pose ahead of their meeting in {C}{CD}.",
  ]),
  captionDate: (date) =>
    `, on ${ENGLISH_MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`,
  filePhoto: "In this file photo, ",
  number: (value) => groupThousands(value, ","),
  percent: (value) => `${value} percent`,
  labels: {
    readAlso: "READ ALSO:\u00a0",
    imageSource: "Image source: ",
    tags: "Tags: ",
    related: "Related Articles",
    byline: "By ",
    sections: ["World", "Europe", "Politics", "Business", "Africa", "Asia"],
    comments: (count) => (count === 0 ? "0" : `${count} Comments`),
  },
};

const GERMAN_MONTHS = [
  "Januar",
  "Februar",
  "März",
  "April",
  "Mai",
  "Juni",
  "Juli",
  "August",
  "September",
  "Oktober",
  "November",
  "Dezember",
];

const GERMAN: LanguageBank = {
  vocabulary: GERMAN_VOCABULARY,
  maleNames: wordList(
    "Thomas Michael Stefan Andreas Jürgen Markus Klaus Frank Tobias Florian Matthias Uwe Jörg Sebastian Lukas Jan Felix Moritz Jonas Niklas Philipp Alexander Christian Daniel Martin Oliver Ralf Dirk Holger Bernd Karl Wolfgang Dieter Heiko Sven Torsten Marco Dennis Kai Till Benedikt Maximilian Leon Paul Simon Johannes Georg Helmut Volker Rainer",
  ),
  femaleNames: wordList(
    "Anna Katrin Sabine Julia Claudia Petra Martina Lena Sarah Monika Birgit Ulrike Franziska Hannah Susanne Andrea Nicole Stefanie Christina Kerstin Heike Silke Anja Tanja Melanie Jana Laura Lisa Marie Sophie Johanna Charlotte Miriam Nadine Simone Karin Renate Elke Gabriele Ines Carolin Theresa Annika Verena Judith Ricarda Saskia Nina Marlene",
  ),
  surnames: wordList(
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Lehmann Köhler Herrmann König Walter Huber Kaiser Fuchs Peters Schäfer Bauer Jung Möller Vogel Friedrich Keller Günther Berger Winkler Roth Beck Lorenz Baumann Albrecht Schuster Ludwig Böhm Winter Kraus Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Dietrich Ziegler Kuhn Pohl Engel Horn Busch Bergmann Voigt Sauer Arnold Wolff Pfeiffer",
  ),
  roles: [
    ["der Innenminister", "die Innenministerin"],
    ["der Regierungssprecher", "die Regierungssprecherin"],
    ["der Bürgermeister", "die Bürgermeisterin"],
    ["der Finanzminister", "die Finanzministerin"],
    ["der Oppositionsführer", "die Oppositionsführerin"],
    ["der Gewerkschaftschef", "die Gewerkschaftschefin"],
    ["der Gesundheitsminister", "die Gesundheitsministerin"],
  ],
  regions: [
    "im Norden",
    "im Süden",
    "an der Küste",
    "in der Hauptstadt",
    "an der Grenze",
    "im Osten",
    "im Westen",
    "auf dem Land",
  ],
  places: [
    ...[
      "Berlin",
      "Hamburg",
      "München",
      "Köln",
      "Frankfurt",
      "Leipzig",
      "Dresden",
      "Stuttgart",
      "Hannover",
      "Bremen",
      "Düsseldorf",
      "Nürnberg",
    ].map((city) => ({ city, country: "Deutschland", inCountry: "in Deutschland" })),
    ...["Wien", "Graz", "Linz", "Salzburg"].map((city) => ({
      city,
      country: "Österreich",
      inCountry: "in Österreich",
    })),
    ...["Zürich", "Bern", "Basel"].map((city) => ({
      city,
      country: "Schweiz",
      inCountry: "in der Schweiz",
    })),
  ],
  topics: [
    ["Reform des Energiegesetzes", "Energiegesetz"],
    ["Rentenreform", "Rentenreform"],
    ["Wohnungsnot in den Städten", "Wohnungsnot"],
    ["Schließung des Stahlwerks", "Werksschließung"],
    ["Erhöhung der Steuern", "Steuererhöhung"],
    ["Erweiterung des Flughafens", "Flughafenausbau"],
    ["Reform der Krankenhäuser", "Klinikreform"],
    ["Wasserknappheit", "Wasserknappheit"],
    ["Krise bei der Bahn", "Bahnkrise"],
    ["Neuregelung der Migration", "Migration"],
    ["Untersuchung der Auftragsvergabe", "Vergabeaffäre"],
    ["Senkung der Emissionen", "Klimaschutz"],
    ["Lage der Pflegeheime", "Pflegeheime"],
    ["Erhöhung der Mieten", "Mieterhöhung"],
  ],
  agencies: ["dpa", "AFP", "Reuters"],
  weekdays: [
    "am Sonntag",
    "am Montag",
    "am Dienstag",
    "am Mittwoch",
    "am Donnerstag",
    "am Freitag",
    "am Samstag",
  ],
  months: GERMAN_MONTHS,
  quotes: compileAll([
    "Wir haben {X} {G} {V}, und {X} haben {X} {V}",
    "{X} haben {X} {V}, und {NN} wollen Antworten über {X}",
    "Es geht um {NN} in {C} und um {X} {G}",
    "Unsere Tür steht {NN} offen, die {X} {G} {V} haben",
    "Niemand in {C} hat {X} {G} {V}, auch nicht {NN}",
    "{NN} in {C} haben {X} {G} {V}, {X} aber nicht",
  ]),
  quote: (text, ending) => (ending === "," ? `\u201e${text}\u201c,` : `\u201e${text}.\u201c`),
  ledes: compileAll([
    "{P}, {R}, hat {D} {W} in {C} {X} {G} {V}, weil {X} {X} {V} hatten.",
    "Mehr als {NUM} {NN} haben sich {W} in {C} versammelt, nachdem {O} {X} {G} {V} hatte.",
    "{O} hat {D} {W} {X} {G} {V}, und {P} warnte, {X} hätten {X} {V}.",
    "{P} und {P2} haben {W} in {C} {X} {G} {V}, doch {X} {G} wurden {V}.",
    "Die Polizei in {C} hat {W} {X} {G} {V}, als {NUM} {NN} {X} {V} hatten.",
  ]),
  sentences: compileAll([
    "{P} sagte {W}, {X} {G} hätten {D} {X} {V}.",
    "{QC} sagte {P} der Agentur {AG}.",
    "Nach Angaben {G} in {C} haben {NUM} {NN} {X} {V}.",
    "{O} schätzt, dass {X} {X} {V} haben, nachdem {NUM} {NN} {X} {V} hatten.",
    "Kritiker werfen {P} vor, {X} {G} {V} zu haben.",
    "Offen blieb, ob {P2} in {C} {X} {G} {V} hat.",
    "{P}, {R}, hat {D} {X} {G} {V} und {X} {V}.",
    "{O} hat {D} {X} {G} {V}, die {P} vor {NUM2} Tagen {V} hatte.",
    "Die Polizei in {C} teilte mit, {NUM2} {NN} hätten {X} {G} {V}.",
    "{S} will in {C2} mit {P2} über {X} {G} sprechen.",
    "{P} erwartet, dass {X} {G} {PCT} kosten werden.",
    "{P2}, {R2}, sagte {AG}, {X} hätten {X} {G} {V}.",
    "Viele der {NUM} {NN} in {C} sagen, {X} hätten {D} {X} {V}.",
    "Seit {P} {X} {V} hat, haben {D} {NUM} {NN} in {C} {X} {V}.",
    "{QP} So {P} {W} in {C} über {X} {G}.",
    "Beamte in {C} haben {D} {NUM} {NN} {G} {V}, seit {P} {X} {V} hat.",
    "Die Regierung von {P} hat {D} {X} {V}, weil {X} {X} {G} {V} hätten.",
    "{P} hat {W} die {T} {V}, nachdem {X} {G} {V} worden waren.",
    "{X} {N} haben {D} {X} {G} {V}, sagte {P2}.",
    "{P2} erinnerte an {X} {G}, die {P} {V} hatte.",
    "{NN} in {C} sagten {AG}, {X} {G} hätten {X} {V}.",
    "Im Gespräch mit {P2} hat {P} {D} {X} {G} {V}.",
    "Mehrere Minister in {C} drängten {P}, {X} {G} zu verschieben.",
    "{NN} blockierten {X} vor {C} und verlangten {NUM2} Stunden lang von {P} {X} {G}.",
    "Die Zustimmung für {P} sank auf {PCT}, während {X} {G} {X} {V} haben.",
    "Seit {X} die {T} {V} haben, kosten {X} {G} in {C} {PCT} mehr.",
  ]),
  headlines: compileAll([
    "{P} hält trotz Protesten an {t} fest",
    "Tausende demonstrieren in {C} gegen {P}",
    "Streit um {t}: {P} unter Druck",
    "{O} warnt {P} vor Folgen für {C}",
    "Gespräche über {t} gescheitert, {P} verlässt den Saal",
    "{P} ruft nach Ausschreitungen in {C} zur Ruhe auf",
    "Kritik an {t} wächst, {P} und {S2} ohne Einigung",
    "{C}: Polizei nimmt nach Protesten gegen {P} Dutzende fest",
  ]),
  subheadings: compileAll([
    "Druck auf {P}",
    "Wut auf {P}",
    "Wie geht es weiter für {P}?",
    "{P} bleibt hart",
    "Keine schnelle Lösung für {P}",
  ]),
  captions: compileAll([
    "{P}, {R}, spricht in {C} mit Journalisten{CD}.",
    "Demonstranten halten bei einer Kundgebung gegen die {T} in {C} Plakate hoch{CD}.",
    "{P} bei einer Pressekonferenz in {C}{CD}.",
    "{P} und {P2} vor ihrem Treffen in {C}{CD}.",
  ]),
  captionDate: (date) =>
    `, am ${date.getUTCDate()}. ${GERMAN_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`,
  filePhoto: "Archivbild: ",
  number: (value) => groupThousands(value, "."),
  percent: (value) => `${decimalComma(value)} Prozent`,
  labels: {
    readAlso: "Lesen Sie auch: ",
    imageSource: "Bildquelle: ",
    tags: "Themen: ",
    related: "Mehr zum Thema",
    byline: "Von ",
    sections: ["Politik", "Ausland", "Wirtschaft", "Inland"],
    comments: (count) => `${count} Kommentare`,
  },
};

const FRENCH_MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

const FRENCH: LanguageBank = {
  vocabulary: FRENCH_VOCABULARY,
  maleNames: wordList(
    "Jean Pierre Michel Philippe Alain Nicolas Christophe François Laurent Éric Julien Thomas Antoine Olivier Sébastien Mathieu Vincent Guillaume Romain Benoît Patrick Didier Thierry Bruno Marc Yves Hugo Lucas Louis Arthur Maxime Adrien Clément Damien Fabrice Gilles Jérôme Pascal Rémi Xavier",
  ),
  femaleNames: wordList(
    "Marie Nathalie Isabelle Sylvie Catherine Sophie Anne Céline Julie Claire Camille Émilie Aurélie Sandrine Valérie Chloé Léa Manon Pauline Élodie Hélène Florence Agnès Martine Brigitte Laure Mathilde Inès Juliette Margaux Océane Delphine Virginie Stéphanie Corinne Béatrice Clémence Alice Louise Zoé",
  ),
  surnames: wordList(
    "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noël Meyer Lucas Meunier Perez Marchand Dufour Blanchard Barbier Brun Dumas Brunet Schmitt Leroux Colin Fernandez",
  ),
  roles: [
    ["le ministre de l'Intérieur", "la ministre de l'Intérieur"],
    ["le porte-parole du gouvernement", "la porte-parole du gouvernement"],
    ["le maire", "la maire"],
    ["le ministre des Finances", "la ministre des Finances"],
    ["le chef de l'opposition", "la cheffe de l'opposition"],
    ["le secrétaire général du syndicat", "la secrétaire générale du syndicat"],
    ["le ministre de la Santé", "la ministre de la Santé"],
  ],
  regions: [
    "dans le Nord",
    "dans le Sud",
    "sur le littoral",
    "dans la capitale",
    "à la frontière",
    "dans l'Est",
    "dans l'Ouest",
    "en zone rurale",
  ],
  places: [
    ...[
      "Paris",
      "Lyon",
      "Marseille",
      "Toulouse",
      "Nantes",
      "Bordeaux",
      "Lille",
      "Strasbourg",
      "Rennes",
      "Montpellier",
      "Grenoble",
      "Nice",
    ].map((city) => ({ city, country: "France", inCountry: "en France" })),
    ...["Bruxelles", "Liège", "Namur"].map((city) => ({
      city,
      country: "Belgique",
      inCountry: "en Belgique",
    })),
    ...["Genève", "Lausanne"].map((city) => ({ city, country: "Suisse", inCountry: "en Suisse" })),
  ],
  topics: [
    ["réforme des retraites", "retraites"],
    ["hausse des prix de l'énergie", "énergie"],
    ["crise du logement", "logement"],
    ["fermeture de l'usine", "fermeture d'usine"],
    ["grève des cheminots", "grève"],
    ["pénurie d'eau", "pénurie d'eau"],
    ["réforme de l'hôpital public", "hôpital"],
    ["loi sur l'immigration", "immigration"],
    ["pénurie d'enseignants", "enseignants"],
    ["baisse du pouvoir d'achat", "pouvoir d'achat"],
    ["gestion des inondations", "inondations"],
    ["vente de la compagnie aérienne", "compagnie aérienne"],
    ["situation des urgences", "urgences"],
    ["hausse des loyers", "loyers"],
  ],
  agencies: ["AFP", "Reuters", "Belga"],
  weekdays: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
  months: FRENCH_MONTHS,
  quotes: compileAll([
    "Nous avons {V} {X} {G}, et {X} ont {V} {X}",
    "{X} ont {V} {X}, et {NN} veulent des réponses sur {X}",
    "Il s'agit de {NN} et {X} {G}",
    "Nous accueillons les {NN} qui ont {V} {X} {G}",
    "Personne n'a {V} {X} {G}, pas même {NN}",
    "Les {NN} ont {V} {X} {G}, pas {X}",
  ]),
  quote: (text, ending) =>
    ending === "," ? `\u00ab\u00a0${text}\u00a0\u00bb,` : `\u00ab\u00a0${text}.\u00a0\u00bb`,
  ledes: compileAll([
    "{P}, {R}, a {V} {W} à {C} {X} {G}, estimant que {X} avaient {V} {X}.",
    "Plus de {NUM} {NN} se sont rassemblés {W} à {C} après que {P} a {V} {X} {G}.",
    "{O} a {V} {W} {X} {G}, et selon {P}, {X} ont {V} {X}.",
    "{P} et {P2} ont {V} {W} à {C} {X} {G}, mais {X} ont {V} {X}.",
    "La police de {C} a {V} {W} {X} {G}, alors que {NUM} {NN} avaient {V} {X}.",
  ]),
  sentences: compileAll([
    "Selon {P}, {X} {G} ont {V} {X}.",
    "{QC} a déclaré {P} à {C}.",
    "{O} estime que {NUM} {NN} ont {V} {X} après que {X} ont {V} {X}.",
    "Les critiques de {S} affirment que {X} ont {V} {X} {G}.",
    "{P2} ignore si {X} {G} ont {V} {X}.",
    "{P}, {R}, a {V} {X} {G} et a {D} {V} {X}.",
    "{O} a {V} {X} {G}, que {P} avait {V} il y a {NUM2} jours.",
    "La police de {C} a indiqué que {NUM2} {NN} avaient {V} {X} {G}.",
    "{S} se rendra à {C2} avec {P2}, qui a {V} {X} {G}.",
    "{P} prévoit que {X} {G} coûteront {PCT} {G}.",
    "Selon {P2}, {R2}, {X} ont {V} {X} {G}.",
    "Beaucoup des {NUM} {NN} de {C} estiment que {X} ont {V} {X}.",
    "Depuis que {P} a {V} {X}, {NUM} {NN} ont {V} {X} à {C} et {N}.",
    "{QP} Par ces mots, {P} a {V} {X} {G}.",
    "Les autorités de {C} ont {V} {NUM} {NN} depuis que {P} a {V} {X}.",
    "Le gouvernement de {P} a {V} {X}, jugeant que {X} {G} avaient {V} {X}.",
    "{P}, qui a {V} {X} {G}, a {V} {W} la {T}.",
    "Des {NN} de {C} ont confié à {P2} que {X} {G} avaient {V} {X}.",
    "En présence de {P2}, {P} a {V} {X} {G}.",
    "Des proches de {P} ont {V} {X} {G}.",
    "Des centaines de {NN} ont bloqué {X} près de {C} pendant {NUM2} heures, exigeant de {P} {X} {G}.",
    "La cote de {P} est tombée à {PCT}, alors que {X} {G} ont {V} {X}.",
    "Les prix {G} ont augmenté de {PCT} à {C} depuis que {X} ont {V} la {T}.",
    "{P2} a rappelé que {X} avaient {V} {X} à {C2} il y a {NUM2} jours.",
  ]),
  headlines: compileAll([
    "{t}\u00a0: {P} refuse de céder",
    "{t}\u00a0: des milliers de manifestants contre {P} à {C}",
    "{t}\u00a0: {O} interpelle {P}",
    "{t}\u00a0: {P} échoue à convaincre à {C}",
    "{P} appelle au calme après des heurts à {C}",
    "{t}\u00a0: {P} et {S2} toujours sans accord",
    "À {C}, la colère monte contre {P}",
  ]),
  subheadings: compileAll([
    "La pression monte sur {P}",
    "Colère contre {P}",
    "Et maintenant, {P}\u00a0?",
    "{P} ne cède pas",
    "Aucune solution pour {P}",
  ]),
  captions: compileAll([
    "{P}, {R}, s'adresse à la presse à {C}{CD}.",
    "Des manifestants brandissent des pancartes contre la {T} à {C}{CD}.",
    "{P} lors d'une conférence de presse à {C}{CD}.",
    "{P} et {P2} avant leur rencontre à {C}{CD}.",
  ]),
  captionDate: (date) =>
    `, le ${date.getUTCDate()} ${FRENCH_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`,
  filePhoto: "Photo d'archive\u00a0: ",
  number: (value) => groupThousands(value, " "),
  percent: (value) => `${decimalComma(value)}\u00a0%`,
  labels: {
    readAlso: "Lire aussi\u00a0: ",
    imageSource: "Crédit photo\u00a0: ",
    tags: "Sujets\u00a0: ",
    related: "À lire aussi",
    byline: "Par ",
    sections: ["Monde", "Europe", "Politique", "Économie"],
    comments: (count) => `${count} commentaires`,
  },
};

const SPANISH_MONTHS = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
];

const SPANISH: LanguageBank = {
  vocabulary: SPANISH_VOCABULARY,
  maleNames: wordList(
    "José Antonio Manuel Francisco Juan David Javier Daniel Carlos Jesús Alejandro Miguel Rafael Pablo Pedro Ángel Sergio Fernando Jorge Luis Alberto Álvaro Diego Adrián Raúl Enrique Ramón Vicente Andrés Joaquín Santiago Víctor Eduardo Óscar Roberto Rubén Iván Mario Gonzalo Hugo",
  ),
  femaleNames: wordList(
    "María Carmen Ana Isabel Laura Cristina Marta Lucía Elena Pilar Rosa Paula Sara Raquel Beatriz Patricia Silvia Andrea Nuria Mercedes Alba Claudia Irene Julia Sonia Teresa Rocío Natalia Eva Inés Alicia Lorena Marina Noelia Sofía Verónica Montserrat Yolanda Gloria Ainhoa",
  ),
  surnames: wordList(
    "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera Peña Flores Cabrera Campos Vega Fuentes Carrasco Caballero Reyes Nieto Aguilar Pascual Santana Herrero Lorenzo Montero Hidalgo Giménez Ibáñez Ferrer Durán Benítez Mora Vargas Arias Carmona Crespo Román Pastor Soto Sáez Velasco Moya Soler Parra Esteban Bravo Gallardo Rojas",
  ),
  roles: [
    ["el ministro del Interior", "la ministra del Interior"],
    ["el portavoz del Gobierno", "la portavoz del Gobierno"],
    ["el alcalde", "la alcaldesa"],
    ["el ministro de Hacienda", "la ministra de Hacienda"],
    ["el líder de la oposición", "la líder de la oposición"],
    ["el secretario general del sindicato", "la secretaria general del sindicato"],
    ["el ministro de Sanidad", "la ministra de Sanidad"],
  ],
  regions: [
    "en el norte",
    "en el sur",
    "en la costa",
    "en la capital",
    "en la frontera",
    "en el este",
    "en el oeste",
    "en las zonas rurales",
  ],
  places: [
    ...[
      "Madrid",
      "Barcelona",
      "Valencia",
      "Sevilla",
      "Zaragoza",
      "Málaga",
      "Bilbao",
      "Murcia",
      "Palma",
      "Valladolid",
    ].map((city) => ({ city, country: "España", inCountry: "en España" })),
    ...["Guadalajara", "Monterrey", "Puebla"].map((city) => ({
      city,
      country: "México",
      inCountry: "en México",
    })),
    ...["Bogotá", "Medellín"].map((city) => ({
      city,
      country: "Colombia",
      inCountry: "en Colombia",
    })),
    ...["Buenos Aires", "Rosario"].map((city) => ({
      city,
      country: "Argentina",
      inCountry: "en Argentina",
    })),
  ],
  topics: [
    ["reforma de las pensiones", "pensiones"],
    ["subida del precio de la luz", "precio de la luz"],
    ["crisis de la vivienda", "vivienda"],
    ["huelga de los transportistas", "huelga"],
    ["escasez de agua", "escasez de agua"],
    ["ley de inmigración", "inmigración"],
    ["falta de médicos", "sanidad"],
    ["subida de los alquileres", "alquileres"],
    ["situación de las urgencias", "urgencias"],
    ["venta de la aerolínea estatal", "aerolínea"],
    ["reforma laboral", "reforma laboral"],
    ["gestión de las inundaciones", "inundaciones"],
    ["investigación sobre los contratos", "contratos"],
  ],
  agencies: ["EFE", "Europa Press", "AFP"],
  weekdays: [
    "el domingo",
    "el lunes",
    "el martes",
    "el miércoles",
    "el jueves",
    "el viernes",
    "el sábado",
  ],
  months: SPANISH_MONTHS,
  quotes: compileAll([
    "Hemos {V} {X} {G}, y {X} han {V} {X}",
    "{X} han {V} {X}, y {NN} quieren respuestas sobre {X}",
    "Se trata de {NN} y {X} {G}",
    "Recibimos a {NN} que han {V} {X} {G}",
    "Nadie ha {V} {X} {G}, ni siquiera {NN}",
    "Miles de {NN} han {V} {X} {G}, no {X}",
  ]),
  quote: (text, ending) => (ending === "," ? `\u00ab${text}\u00bb,` : `\u00ab${text}.\u00bb`),
  ledes: compileAll([
    "{P}, {R}, ha {V} {W} en {C} {X} {G}, y según {P2}, {X} han {V} {X}.",
    "Más de {NUM} {NN} se concentraron {W} en {C} después de que {P} hubiera {V} {X} {G}.",
    "{O} ha {V} {W} {X} {G}, y según {P}, {X} han {V} {X}.",
    "{P} y {P2} han {V} {W} en {C} {X} {G}, pero {X} han {V} {X}.",
    "La policía de {C} ha {V} {W} {X} {G}, mientras {NUM} {NN} habían {V} {X}.",
  ]),
  sentences: compileAll([
    "Según {P}, {X} {G} han {V} {X}.",
    "{QC} declaró {P} en {C}.",
    "{O} calcula que {NUM} {NN} han {V} {X} después de que {X} hubieran {V} {X}.",
    "Los críticos de {S} sostienen que {X} han {V} {X} {G}.",
    "{P2} no sabe si {X} {G} han {V} {X}.",
    "{P}, {R}, ha {V} {X} {G} y ha {D} {V} {X}.",
    "{O} ha {V} {X} {G}, que {P} había {V} hace {NUM2} días.",
    "La policía de {C} informó de que {NUM2} {NN} habían {V} {X} {G}.",
    "{S} viajará a {C2} con {P2}, que ha {V} {X} {G}.",
    "{P} prevé que {X} {G} costarán {PCT} {G}.",
    "Según {P2}, {R2}, {X} han {V} {X} {G}.",
    "Muchos de los {NUM} {NN} de {C} creen que {X} han {V} {X}.",
    "Desde que {P} ha {V} {X}, {NUM} {NN} han {V} {X} en {C} y {N}.",
    "{QP} Con estas palabras, {P} ha {V} {X} {G}.",
    "Las autoridades de {C} han {V} {NUM} {NN} desde que {P} ha {V} {X}.",
    "El gobierno de {P} ha {V} {X}, porque {X} {G} habían {V} {X}.",
    "{P}, que ha {V} {X} {G}, ha {V} {W} la {T}.",
    "Decenas de {NN} de {C} han contado a {P2} que {X} {G} habían {V} {X}.",
    "En presencia de {P2}, {P} ha {V} {X} {G}.",
    "Personas cercanas a {P} han {V} {X} {G}.",
    "Cientos de {NN} han bloqueado {X} cerca de {C} durante {NUM2} horas, y exigen a {P} {X} {G}.",
    "El apoyo a {P} ha caído al {PCT}, mientras {X} {G} han {V} {X}.",
    "Los precios han subido un {PCT} en {C} desde que {X} han {V} la {T}.",
    "{P2} ha recordado que {X} habían {V} {X} en {C2} hace {NUM2} días.",
  ]),
  headlines: compileAll([
    "{t}: {P} se niega a ceder",
    "Miles de personas protestan en {C} contra {P}",
    "{O} advierte a {P} de las consecuencias de la {T}",
    "{t}: {P} fracasa en las negociaciones de {C}",
    "{P} pide calma tras los disturbios en {C}",
    "{t}: {P} y {S2} siguen sin acuerdo",
  ]),
  subheadings: compileAll([
    "Presión sobre {P}",
    "Indignación contra {P}",
    "¿Y ahora qué, {P}?",
    "{P} no cede",
    "Sin solución rápida para {P}",
  ]),
  captions: compileAll([
    "{P}, {R}, atiende a los medios en {C}{CD}.",
    "Manifestantes sostienen pancartas contra la {T} en {C}{CD}.",
    "{P} durante una rueda de prensa en {C}{CD}.",
    "{P} y {P2} antes de su reunión en {C}{CD}.",
  ]),
  captionDate: (date) =>
    `, el ${date.getUTCDate()} de ${SPANISH_MONTHS[date.getUTCMonth()]} de ${date.getUTCFullYear()}`,
  filePhoto: "Foto de archivo: ",
  number: (value) => groupThousands(value, "."),
  percent: (value) => `${decimalComma(value)}\u00a0%`,
  labels: {
    readAlso: "Lea también: ",
    imageSource: "Fuente de la imagen: ",
    tags: "Etiquetas: ",
    related: "Noticias relacionadas",
    byline: "Por ",
    sections: ["Internacional", "España", "Política", "Economía"],
    comments: (count) => `${count} comentarios`,
  },
};

const BANKS: Readonly<Record<Language, LanguageBank>> = {
  en: ENGLISH,
  de: GERMAN,
  fr: FRENCH,
  es: SPANISH,
};

// ---------------------------------------------------------------------------------------------
// Sites: each has fixed chrome, so chrome lines repeat across its files as on real sites.

type DateStyle = "updated-ist" | "published" | "prefix" | "stand" | "publie" | "publicado";
type QuoteStyle = "curly" | "straight";

interface SiteProfile {
  id: string;
  name: string;
  domain: string;
  layout: Layout;
  languages: readonly Language[];
  dateStyle: DateStyle;
  /** Relative weights of [explicit, caption, none] date evidence. */
  evidence: readonly [number, number, number];
  quotes: QuoteStyle;
  /** Relative share of the corpus's files. */
  weight: number;
  breadcrumb: "slashes" | "home" | "none";
  commentCount: boolean;
  header: readonly string[];
  footer: readonly string[];
  tags: boolean;
}

const SITES: readonly SiteProfile[] = [
  {
    id: "site-01",
    name: "Example Times",
    domain: "www.exampletimes.test",
    layout: "chrome",
    languages: ["en"],
    dateStyle: "published",
    evidence: [8, 1, 1],
    quotes: "curly",
    weight: 5,
    breadcrumb: "slashes",
    commentCount: false,
    header: [],
    footer: [
      "Example Times\u2019 website can also be accessed at the following alternate addresses:",
      "",
      "www.exampletimes.test",
      "",
      "SHARE THIS ARTICLE",
      "Example Times News Roku",
    ],
    tags: false,
  },
  {
    id: "site-02",
    name: "Global Wire Net",
    domain: "www.globalwire.test",
    layout: "highlights",
    languages: ["en"],
    dateStyle: "updated-ist",
    evidence: [9, 0, 1],
    quotes: "straight",
    weight: 4,
    breadcrumb: "none",
    commentCount: false,
    header: ["ugc_banner"],
    footer: [],
    tags: false,
  },
  {
    id: "site-03",
    name: "The Daily Ledger",
    domain: "dailyledger.test",
    layout: "bare",
    languages: ["en"],
    dateStyle: "prefix",
    evidence: [8, 0, 2],
    quotes: "straight",
    weight: 3,
    breadcrumb: "none",
    commentCount: false,
    header: [],
    footer: [],
    tags: false,
  },
  {
    id: "site-04",
    name: "World Digest",
    domain: "worlddigest.test",
    layout: "listing",
    languages: ["en"],
    dateStyle: "published",
    evidence: [0, 6, 4],
    quotes: "curly",
    weight: 3,
    breadcrumb: "none",
    commentCount: false,
    header: [],
    footer: [],
    tags: false,
  },
  {
    id: "site-05",
    name: "Morning Courier",
    domain: "morningcourier.test",
    layout: "chrome",
    languages: ["en"],
    dateStyle: "published",
    evidence: [3, 4, 3],
    quotes: "curly",
    weight: 4,
    breadcrumb: "home",
    commentCount: true,
    header: [],
    footer: ["Subscribe to our newsletter", "\u00a9 Morning Courier. All rights reserved."],
    tags: true,
  },
  {
    id: "site-06",
    name: "Rhein-Kurier",
    domain: "rhein-kurier.test",
    layout: "chrome",
    languages: ["de"],
    dateStyle: "stand",
    evidence: [7, 2, 1],
    quotes: "curly",
    weight: 3,
    breadcrumb: "slashes",
    commentCount: true,
    header: ["Startseite", "Anzeige"],
    footer: ["Artikel teilen", "Newsletter abonnieren", "\u00a9 Rhein-Kurier Verlag"],
    tags: true,
  },
  {
    id: "site-07",
    name: "Le Quotidien Express",
    domain: "quotidien-express.test",
    layout: "chrome",
    languages: ["fr"],
    dateStyle: "publie",
    evidence: [7, 2, 1],
    quotes: "curly",
    weight: 2,
    breadcrumb: "slashes",
    commentCount: false,
    header: ["Accueil"],
    footer: ["Partager", "Abonnez-vous \u00e0 notre newsletter", "\u00a9 Le Quotidien Express"],
    tags: true,
  },
  {
    id: "site-08",
    name: "El Observador Digital",
    domain: "elobservador.test",
    layout: "chrome",
    languages: ["es"],
    dateStyle: "publicado",
    evidence: [7, 2, 1],
    quotes: "curly",
    weight: 2,
    breadcrumb: "slashes",
    commentCount: true,
    header: ["Portada"],
    footer: ["Compartir", "\u00a9 El Observador Digital. Todos los derechos reservados."],
    tags: true,
  },
  {
    id: "site-09",
    name: "Euro Press Review",
    domain: "europressreview.test",
    layout: "listing",
    languages: ["en", "de", "fr", "es"],
    dateStyle: "published",
    evidence: [0, 5, 5],
    quotes: "curly",
    weight: 2,
    breadcrumb: "none",
    commentCount: false,
    header: [],
    footer: [],
    tags: false,
  },
  {
    id: "site-10",
    name: "Metro Evening News",
    domain: "metroevening.test",
    layout: "chrome",
    languages: ["en"],
    dateStyle: "updated-ist",
    evidence: [6, 2, 2],
    quotes: "straight",
    weight: 2,
    breadcrumb: "slashes",
    commentCount: true,
    header: ["Menu", "Search"],
    footer: ["Share", "Tweet", "Email", "Metro Evening News\u2019 website: metroevening.test"],
    tags: true,
  },
];

const SITE_WEIGHTS = SITES.map((site) => site.weight);

// ---------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2019, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2023, 11, 31) / DAY_MS;
const SHORT_ENGLISH_MONTHS = ENGLISH_MONTHS.map((month) => month.slice(0, 3));

const dateOfDay = (day: number): Date => new Date(day * DAY_MS);
const pad = (value: number, width = 2): string => String(value).padStart(width, "0");
const isoDate = (date: Date): string =>
  `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

interface TimeOfDay {
  hour: number;
  minute: number;
}

function englishClock({ hour, minute }: TimeOfDay): string {
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return `${pad(twelve)}:${pad(minute)} ${hour < 12 ? "AM" : "PM"}`;
}

/** The date line as each site prints it. */
function formatDateLine(style: DateStyle, date: Date, time: TimeOfDay): string {
  const day = date.getUTCDate();
  const month = date.getUTCMonth();
  const year = date.getUTCFullYear();
  switch (style) {
    case "updated-ist":
      return `Updated: ${SHORT_ENGLISH_MONTHS[month]} ${day}, ${year}, ${englishClock(time)} IST`;
    case "published":
      return `Published: ${day} ${ENGLISH_MONTHS[month]} ${year}`;
    case "prefix":
      return ` date ${isoDate(date)} `;
    case "stand":
      return `Stand: ${pad(day)}.${pad(month + 1)}.${year}, ${pad(time.hour)}:${pad(time.minute)} Uhr`;
    case "publie":
      return `Publié le ${day} ${FRENCH_MONTHS[month]} ${year} à ${time.hour}h${pad(time.minute)}`;
    case "publicado":
      return `Publicado: ${day} de ${SPANISH_MONTHS[month]} de ${year} - ${pad(time.hour)}:${pad(time.minute)}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Stories: the facts and wire text of one news event, reprinted by one or more sites.

interface Person {
  name: string;
  surname: string;
  female: boolean;
  role: string;
}

interface Story {
  id: string;
  language: Language;
  day: number;
  people: readonly Person[];
  place: Place;
  organization: string;
  topic: readonly [string, string];
  /** The few quotes this story's people keep repeating. */
  quotes: readonly string[];
  paragraphs: readonly string[];
  headlines: readonly string[];
  caption: Template;
  /** Sites that have already printed it, so a site does not reprint its own story. */
  printedBy: Set<string>;
  reprintsLeft: number;
}

function createPerson(bank: LanguageBank, rng: Rng): Person {
  const female = rng.chance(0.5);
  const surname = rng.pick(bank.surnames);
  const role = rng.pick(bank.roles);
  return {
    name: `${rng.pick(female ? bank.femaleNames : bank.maleNames)} ${surname}`,
    surname,
    female,
    role: female ? role[1] : role[0],
  };
}

interface FillContext {
  bank: LanguageBank;
  story: Omit<Story, "paragraphs" | "headlines">;
  rng: Rng;
  /** The caption date phrase, or "" for an undated caption. */
  captionDate: string;
}

/** Slot filler for one sentence: "P" and "P2" are two different people of the story. */
function slotFiller({ bank, story, rng, captionDate }: FillContext): SlotFiller {
  const first = rng.int(0, story.people.length - 1);
  const second = (first + rng.int(1, story.people.length - 1)) % story.people.length;
  const a = story.people[first] as Person;
  const b = story.people[second] as Person;
  return (slot) => {
    switch (slot) {
      case "P":
        return a.name;
      case "S":
        return a.surname;
      case "R":
        return a.role;
      case "P2":
        return b.name;
      case "S2":
        return b.surname;
      case "R2":
        return b.role;
      case "O":
        return story.organization;
      case "C":
        return story.place.city;
      case "C2":
        return rng.pick(bank.places).city;
      case "N":
        return story.place.inCountry;
      case "T":
        return story.topic[0];
      case "t":
        return story.topic[1];
      case "W":
        return bank.weekdays[dateOfDay(story.day).getUTCDay()] ?? "";
      case "QC":
        return bank.quote(rng.pick(story.quotes), ",");
      case "QP":
        return bank.quote(rng.pick(story.quotes), ".");
      case "NUM":
        return bank.number(rng.int(15, 950) * 100);
      case "NUM2":
        return String(rng.int(12, 480));
      case "PCT":
        return bank.percent(rng.int(2, 95) / 10);
      case "AG":
        return rng.pick(bank.agencies);
      case "CD":
        return captionDate;
      case "X":
        return bank.vocabulary.nounPhrase(rng);
      case "G":
        return bank.vocabulary.ofPhrase(rng);
      case "V":
        return bank.vocabulary.verb(rng);
      case "NN":
        return bank.vocabulary.crowd(rng);
      case "D":
        return bank.vocabulary.adverb(rng);
    }
  };
}

const sentenceFrom = (template: Template, context: FillContext): string =>
  capitalizeFirst(fillTemplate(template, slotFiller(context)));

/**
 * Draws items in a shuffled order and reshuffles when all have been used, so an article repeats a
 * sentence pattern only after it has used every other one.
 */
function deck<T>(items: readonly T[], rng: Rng): () => T {
  let order: T[] = [];
  return () => {
    if (order.length === 0) order = shuffled(items, rng);
    return order.pop() as T;
  };
}

/** Fisher–Yates on a copy. */
function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const order = [...items];
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j] as T, order[i] as T];
  }
  return order;
}

/** A paragraph of one to three sentences, the way wire copy is broken up. */
function paragraph(first: Template, next: () => Template, context: FillContext): string {
  const count = [1, 2, 2, 3][context.rng.int(0, 3)] ?? 1;
  const sentences = [sentenceFrom(first, context)];
  while (sentences.length < count) sentences.push(sentenceFrom(next(), context));
  return sentences.join(" ");
}

/**
 * Each story uses only some sentence frames, as each writer has habits; fewer frames in common
 * also means fewer of their fixed three-word runs meet the same drawn word in two stories.
 */
const SENTENCES_PER_STORY = 8;
const QUOTES_PER_STORY = 2;

/** "new energy law in the north": a region makes the topic phrase specific to fewer stories. */
function regionalTopic(bank: LanguageBank, rng: Rng): readonly [string, string] {
  const [phrase, short] = rng.pick(bank.topics);
  return [`${phrase} ${rng.pick(bank.regions)}`, short];
}

/** Days since the epoch: the first a story may fall on (from "YYYY-MM-DD") and the last. */
type DayRange = readonly [number, number];

function dayRange(from: string | undefined): DayRange {
  if (from === undefined) return [FIRST_DAY, LAST_DAY];
  const day = Date.parse(`${from}T00:00:00Z`) / DAY_MS;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !Number.isInteger(day) || day > LAST_DAY)
    throw new Error(`from: ${from} is not a day before 2024 as YYYY-MM-DD`);
  return [day, LAST_DAY];
}

function createStory(id: string, language: Language, rng: Rng, days: DayRange): Story {
  const bank = BANKS[language];
  const cast = {
    id,
    language,
    day: rng.int(...days),
    people: [createPerson(bank, rng), createPerson(bank, rng), createPerson(bank, rng)],
    place: rng.pick(bank.places),
    organization: bank.vocabulary.organization(rng),
    topic: regionalTopic(bank, rng),
    quotes: [],
    caption: rng.pick(bank.captions),
    printedBy: new Set<string>(),
    reprintsLeft: 0,
  };
  // What the story's people say is drawn once, so every printing repeats the same quotes.
  const quotes = shuffled(bank.quotes, rng)
    .slice(0, QUOTES_PER_STORY)
    .map((frame) => sentenceFrom(frame, { bank, story: cast, rng, captionDate: "" }));
  const facts = { ...cast, quotes };
  const context: FillContext = { bank, story: facts, rng, captionDate: "" };
  const nextSentence = deck(shuffled(bank.sentences, rng).slice(0, SENTENCES_PER_STORY), rng);
  // The lede always names the weekday, so a dated caption can anchor it.
  const paragraphs = [paragraph(rng.pick(bank.ledes), nextSentence, context)];
  const length = articleLength(rng);
  while (paragraphs.length < length) {
    paragraphs.push(paragraph(nextSentence(), nextSentence, context));
  }
  const headlines = [0, 1, 2].map(() => sentenceFrom(rng.pick(bank.headlines), context));
  return { ...facts, paragraphs, headlines };
}

/** 5–40 paragraphs, most between 8 and 20, as news copy runs. */
function articleLength(rng: Rng): number {
  const bell = (rng.next() + rng.next() + rng.next()) / 3;
  return Math.min(40, Math.max(5, Math.round(5 + bell * 30 + (rng.chance(0.08) ? 15 : 0))));
}

// ---------------------------------------------------------------------------------------------
// Reprints: the same wire copy, lightly edited by another desk.

function dropOneParagraph(paragraphs: readonly string[], rng: Rng): string[] {
  const copy = [...paragraphs];
  if (copy.length > 5) copy.splice(rng.int(1, copy.length - 1), 1);
  return copy;
}

function swapTwoParagraphs(paragraphs: readonly string[], rng: Rng): string[] {
  const copy = [...paragraphs];
  const at = rng.int(1, copy.length - 2);
  const here = copy[at];
  const next = copy[at + 1];
  if (here !== undefined && next !== undefined) [copy[at], copy[at + 1]] = [next, here];
  return copy;
}

function reprintParagraphs(story: Story, rng: Rng): string[] {
  let paragraphs = [...story.paragraphs];
  if (rng.chance(0.5)) paragraphs = dropOneParagraph(paragraphs, rng);
  if (rng.chance(0.4)) paragraphs = swapTwoParagraphs(paragraphs, rng);
  if (rng.chance(0.3)) {
    // A wire dateline: "MINSK (AFP) – …".
    const agency = rng.pick(BANKS[story.language].agencies);
    paragraphs[0] = `${story.place.city.toUpperCase()} (${agency}) \u2013 ${paragraphs[0]}`;
  }
  return paragraphs;
}

const STRAIGHT_DOUBLE = /[\u201c\u201d\u201e]|\u00ab\u00a0?|\u00a0?\u00bb/g;
const STRAIGHT_SINGLE = /[\u2018\u2019]/g;

function straightenQuotes(text: string): string {
  return text.replace(STRAIGHT_DOUBLE, '"').replace(STRAIGHT_SINGLE, "'");
}

// ---------------------------------------------------------------------------------------------
// Articles: one printing of a story by one site.

interface ArticleDraft {
  story: Story;
  bank: LanguageBank;
  headline: string;
  paragraphs: string[];
  date: Date;
  evidence: DateEvidence;
  /** Caption lines as printed, including credit; empty when the article has no picture. */
  captions: string[];
  time: TimeOfDay;
}

const EVIDENCE: readonly DateEvidence[] = ["explicit", "caption", "none"];

/** Caption text for the article's evidence: dated on the event day, a dated file photo, or undated. */
function captionFor(
  story: Story,
  evidence: DateEvidence,
  rng: Rng,
): { text: string; filePhoto: boolean } {
  const bank = BANKS[story.language];
  const filePhoto = evidence !== "caption" && rng.chance(0.4);
  const dated = evidence === "caption" || filePhoto || rng.chance(0.3);
  // A file photo is older than the story: its date must not be taken for the article's.
  const photoDay = filePhoto ? story.day - rng.int(30, 900) : story.day;
  const captionDate = dated ? bank.captionDate(dateOfDay(photoDay)) : "";
  const text = sentenceFrom(story.caption, { bank, story, rng, captionDate });
  return { text, filePhoto };
}

function photographer(bank: LanguageBank, rng: Rng): string {
  if (rng.chance(0.15)) return "STRINGER";
  return `${rng.pick(bank.maleNames.concat(bank.femaleNames))} ${rng.pick(bank.surnames).toUpperCase()}`;
}

/** The picture block: 003's "caption. NAME / AFP", sometimes printed again as a file photo. */
function captionLines(story: Story, layout: Layout, evidence: DateEvidence, rng: Rng): string[] {
  const bank = BANKS[story.language];
  const { text, filePhoto } = captionFor(story, evidence, rng);
  const agency = rng.pick(bank.agencies);
  const byline = `${photographer(bank, rng)} / ${agency}`;
  const credit = rng.pick([
    ` ${byline}`,
    `  ${byline}`,
    ` (Photo by ${byline})`,
    ` PHOTO: ${byline}`,
  ]);
  if (layout === "highlights") {
    const [a, b] = story.people;
    return [`${a?.surname} and ${b?.surname} Photograph:(${agency})`];
  }
  const lead = layout === "listing" && rng.chance(0.2) ? " " : "";
  if (!filePhoto) return [`${lead}${text}${credit}`];
  const asFilePhoto = `${bank.filePhoto}${text}${credit}`;
  return rng.chance(0.5) ? [`${lead}${text}${credit}`, asFilePhoto] : [asFilePhoto];
}

function draftArticle(story: Story, site: SiteProfile, reprint: boolean, rng: Rng): ArticleDraft {
  const bank = BANKS[story.language];
  const evidence = EVIDENCE[pickWeighted(rng, site.evidence)] ?? "none";
  // Reprints may run a day later; a caption-dated article is dated by its event day.
  const lag = reprint && evidence === "explicit" && rng.chance(0.3) ? 1 : 0;
  // Listing pages always lead each article with a picture, as 003 does; the bare shape never has one.
  const hasPicture =
    site.layout === "listing" ||
    (site.layout !== "bare" && (evidence === "caption" || rng.chance(0.7)));
  const paragraphs = reprint ? reprintParagraphs(story, rng) : [...story.paragraphs];
  const headline =
    reprint && rng.chance(0.7) ? rng.pick(story.headlines) : (story.headlines[0] ?? "");
  const editDesk = site.quotes === "straight" ? straightenQuotes : (text: string) => text;
  return {
    story,
    bank,
    headline: editDesk(
      site.layout === "listing" && story.language === "en" ? titleCase(headline) : headline,
    ),
    paragraphs: paragraphs.map(editDesk),
    date: dateOfDay(story.day + lag),
    evidence,
    captions: hasPicture ? captionLines(story, site.layout, evidence, rng).map(editDesk) : [],
    time: { hour: rng.int(5, 23), minute: rng.int(0, 59) },
  };
}

function titleCase(text: string): string {
  return text.replace(
    /(^|\s)(\p{Ll})/gu,
    (_match, space: string, letter: string) => `${space}${letter.toUpperCase()}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Rendering an article into lines. A blank line is "".

interface RenderContext {
  site: SiteProfile;
  rng: Rng;
  /** Headlines of other stories, for "READ ALSO" and related-article lines. */
  otherHeadline: (story: Story) => string;
}

/** Body blocks with the asides real pages interleave: subheadings, "READ ALSO", image sources. */
function bodyBlocks(article: ArticleDraft, context: RenderContext): string[] {
  const { rng, site } = context;
  const { bank, story } = article;
  const blocks: string[] = [];
  const subheadingEvery = rng.chance(0.4) ? rng.int(4, 8) : 0;
  const fillContext: FillContext = { bank, story, rng, captionDate: "" };
  for (const [index, text] of article.paragraphs.entries()) {
    if (subheadingEvery > 0 && index > 0 && index % subheadingEvery === 0) {
      blocks.push(subheading(sentenceFrom(rng.pick(bank.subheadings), fillContext), site, rng));
    }
    blocks.push(text);
    if (index === 3 && rng.chance(0.35)) {
      blocks.push(`${bank.labels.readAlso}${context.otherHeadline(story)}`);
    }
    if (index === 8 && site.tags && rng.chance(0.3)) {
      blocks.push(`${bank.labels.imageSource}${rng.pick(IMAGE_SOURCES)}`);
      blocks.push(context.otherHeadline(story));
    }
  }
  return blocks;
}

const IMAGE_SOURCES = ["kremlin.ru", "gov.pl", "europa.eu", "un.org", "commons.wikimedia.org"];

/** Subheadings as the sites print them: plain, in quotes, or between dashes on listing pages. */
function subheading(text: string, site: SiteProfile, rng: Rng): string {
  if (site.layout === "listing") return `\u2013 \u2018${text}\u2019 \u2013`;
  return rng.chance(0.3) ? `'${text}'` : text;
}

/** Blocks separated by one blank line, as innerText prints paragraphs. */
const blankSeparated = (blocks: readonly string[]): string[] =>
  blocks.flatMap((block, index) => (index === 0 ? [block] : ["", block]));

function renderChrome(article: ArticleDraft, context: RenderContext): string[] {
  const { site, rng } = context;
  const { bank } = article;
  const section = rng.pick(bank.labels.sections);
  const lines: string[] = [...site.header];
  if (site.breadcrumb === "slashes") lines.push(`News \u00a0/ \u00a0${section} \u00a0/ \u00a0More`);
  if (site.breadcrumb === "home") lines.push(`Home ${section} News ${article.headline}`);
  if (lines.length > 0) lines.push("");
  lines.push(article.headline, "");
  if (rng.chance(0.5)) lines.push(`${bank.labels.byline}${createPerson(bank, rng).name}`);
  if (article.evidence === "explicit") {
    lines.push(formatDateLine(site.dateStyle, article.date, article.time));
  }
  if (site.commentCount) lines.push("", bank.labels.comments(rng.chance(0.6) ? 0 : rng.int(1, 90)));
  if (lines.at(-1) !== "") lines.push("");
  if (article.captions.length > 0) lines.push(...article.captions, "");
  lines.push(...blankSeparated(bodyBlocks(article, context)));
  if (site.tags) lines.push("", `${bank.labels.tags}${tagList(article)}`);
  if (rng.chance(0.3)) {
    lines.push(
      "",
      bank.labels.related,
      ...[1, 2, 3].map(() => context.otherHeadline(article.story)),
    );
  }
  if (site.footer.length > 0) lines.push("", "", ...site.footer);
  return lines;
}

function tagList({ story }: ArticleDraft): string {
  const [person] = story.people;
  return [story.place.country, person?.name ?? "", story.topic[1]].join(", ");
}

/** 001's shape: banner, headline, byline, "PlaceUpdated: …", "main img", highlights. */
function renderHighlights(article: ArticleDraft, context: RenderContext): string[] {
  const { site } = context;
  const { story } = article;
  const place = `${story.place.city}, ${story.place.country}`;
  const dateLine =
    article.evidence === "explicit"
      ? formatDateLine(site.dateStyle, article.date, article.time)
      : "";
  const [lede, second] = article.paragraphs;
  return [
    ...site.header,
    "",
    article.headline,
    "",
    `${site.name.split(" ").slice(0, 2).join(" ")} Web Team`,
    `${place}${dateLine}`,
    "main img",
    ...article.captions,
    "",
    "Story highlights",
    "",
    second ?? lede ?? "",
    "",
    ...blankSeparated(bodyBlocks(article, context)),
  ];
}

/** 000's shape: no headline, the date glued in front of the first paragraph. */
function renderBare(article: ArticleDraft, context: RenderContext): string[] {
  const blocks = bodyBlocks(article, context);
  if (article.evidence === "explicit") {
    blocks[0] = `${formatDateLine(context.site.dateStyle, article.date, article.time)}${blocks[0]}`;
  }
  return [...blankSeparated(blocks), ""];
}

/** 003's shape for one article: headline, caption block, two blanks, body. */
function renderListingEntry(article: ArticleDraft, context: RenderContext): string[] {
  const lines = [article.headline, ""];
  if (article.captions.length > 0) lines.push(...article.captions, "", "");
  return [...lines, ...blankSeparated(bodyBlocks(article, context))];
}

const RENDERERS: Readonly<
  Record<Exclude<Layout, "listing">, (article: ArticleDraft, context: RenderContext) => string[]>
> = {
  chrome: renderChrome,
  highlights: renderHighlights,
  bare: renderBare,
};

function renderFileText(articles: readonly ArticleDraft[], context: RenderContext): string {
  const { site, rng } = context;
  if (site.layout !== "listing") {
    const [article] = articles;
    return article ? RENDERERS[site.layout](article, context).join("\n") : "";
  }
  // Articles on a listing page are separated by two or three blank lines.
  return articles
    .map((article) => renderListingEntry(article, context).join("\n"))
    .reduce((text, entry) => `${text}${"\n".repeat(rng.int(3, 4))}${entry}`);
}

// ---------------------------------------------------------------------------------------------
// Encoding quirks

/** Windows-1252 bytes for text; characters outside the code page become "?". */
export function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
    else bytes[i] = BYTE_OF_WINDOWS_1252.get(code) ?? 0x3f;
  }
  return bytes;
}

const UTF8_BOM = "\ufeff";

interface FileQuirks {
  encoding: FileEncoding;
  bom: boolean;
  crlf: boolean;
}

function chooseQuirks(rng: Rng): FileQuirks {
  const encoding: FileEncoding = rng.chance(0.03) ? "windows-1252" : "utf-8";
  return {
    encoding,
    bom: encoding === "utf-8" && rng.chance(0.03),
    crlf: rng.chance(0.05),
  };
}

function encodeFile(text: string, quirks: FileQuirks): Uint8Array {
  const lines = quirks.crlf ? text.replaceAll("\n", "\r\n") : text;
  if (quirks.encoding === "windows-1252") return encodeWindows1252(lines);
  return new TextEncoder().encode(quirks.bom ? `${UTF8_BOM}${lines}` : lines);
}

// ---------------------------------------------------------------------------------------------
// The corpus

/** Wire stories waiting to be reprinted; bounded so a 100k corpus runs in constant memory. */
const MAX_OPEN_WIRE_STORIES = 64;
const RECENT_HEADLINES = 200;

interface CorpusState {
  rng: Rng;
  days: DayRange;
  storyCount: number;
  openWireStories: Story[];
  recentHeadlines: Record<Language, string[]>;
}

function newStory(state: CorpusState, language: Language): Story {
  state.storyCount += 1;
  const story = createStory(`s${pad(state.storyCount, 6)}`, language, state.rng, state.days);
  const headlines = state.recentHeadlines[language];
  headlines.push(story.headlines[0] ?? "");
  if (headlines.length > RECENT_HEADLINES) headlines.shift();
  if (state.rng.chance(0.3)) {
    story.reprintsLeft = state.rng.int(1, 3);
    state.openWireStories.push(story);
    if (state.openWireStories.length > MAX_OPEN_WIRE_STORIES) state.openWireStories.shift();
  }
  return story;
}

/** A waiting wire story in the language that this site has not printed yet, if any. */
function takeReprint(state: CorpusState, site: SiteProfile, language: Language): Story | null {
  const open = state.openWireStories;
  const at = open.findIndex(
    (story) => story.language === language && !story.printedBy.has(site.id),
  );
  const story = open[at];
  if (!story) return null;
  story.reprintsLeft -= 1;
  if (story.reprintsLeft <= 0) open.splice(at, 1);
  return story;
}

function nextArticle(state: CorpusState, site: SiteProfile): ArticleDraft {
  const { rng } = state;
  const language = rng.pick(site.languages);
  const reprinted = rng.chance(0.3) ? takeReprint(state, site, language) : null;
  const story = reprinted ?? newStory(state, language);
  story.printedBy.add(site.id);
  return draftArticle(story, site, reprinted !== null, rng);
}

/** A recent headline of another story in the same language, for "READ ALSO" and related links. */
function otherHeadlineFrom(state: CorpusState): (story: Story) => string {
  return (story) => {
    const others = state.recentHeadlines[story.language].filter(
      (headline) => !story.headlines.includes(headline),
    );
    if (others.length > 0) return state.rng.pick(others);
    return createStory("s-aside", story.language, state.rng, state.days).headlines[0] ?? "";
  };
}

function articleManifest(article: ArticleDraft, index: number, site: SiteProfile): ArticleManifest {
  return {
    index,
    story: article.story.id,
    language: article.story.language,
    headline: site.layout === "bare" ? null : article.headline,
    date: isoDate(article.date),
    dateEvidence: article.evidence,
    paragraphs: article.paragraphs.length,
  };
}

/**
 * Yields the corpus one file at a time, so callers can stream it to disk. The same options always
 * yield the same files, byte for byte.
 */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedFile> {
  const rng = createRng(options.seed);
  const state: CorpusState = {
    rng,
    days: dayRange(options.from),
    storyCount: 0,
    openWireStories: [],
    recentHeadlines: { en: [], de: [], fr: [], es: [] },
  };
  const context = { rng, otherHeadline: otherHeadlineFrom(state) };
  let remaining = options.articles;
  for (let fileNumber = 1; remaining > 0; fileNumber += 1) {
    const site = SITES[pickWeighted(rng, SITE_WEIGHTS)] as SiteProfile;
    const count = site.layout === "listing" ? Math.min(remaining, rng.int(2, 7)) : 1;
    const articles = Array.from({ length: count }, () => nextArticle(state, site));
    remaining -= count;
    const quirks = chooseQuirks(rng);
    const trailingNewline = rng.chance(0.5) ? "\n" : "";
    const text = `${renderFileText(articles, { ...context, site })}${trailingNewline}`;
    const year = articles[0]?.date.getUTCFullYear() ?? 2020;
    yield {
      manifest: {
        file: `${site.id}/${year}/${pad(fileNumber, 6)}.txt`,
        site: site.id,
        layout: site.layout,
        ...quirks,
        articles: articles.map((article, index) => articleManifest(article, index + 1, site)),
      },
      bytes: encodeFile(text, quirks),
      bodies: articles.map((article) => article.paragraphs),
    };
  }
}
