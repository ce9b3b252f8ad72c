// Units of measure, currencies and the words around counted nouns, read by analyze/numbers.
// Canonical unit names are what a Quantity carries in `unit`; aliases are lower case, and a
// multi-word alias is written with single spaces ("per cent", "miles per hour"); aliases are
// separated by "|".

export type UnitKind = "money" | "percent" | "measure";

export interface UnitEntry {
  unit: string;
  kind: UnitKind;
  /** Multiplier into the canonical unit ("cents" → 0.01 USD). */
  factor: number;
}

const entries: [UnitKind, string, string, number?][] = [
  // percent
  ["percent", "percent", "percent|per cent|pct|%"],
  ["percent", "percentage point", "percentage point|percentage points"],
  // money (ISO 4217 codes); "pounds" alone is the weight: "£" or "pounds sterling" is money
  ["money", "USD", "dollar|dollars|usd|us dollar|us dollars|u.s. dollars|buck|bucks"],
  ["money", "USD", "cent|cents", 0.01],
  ["money", "EUR", "euro|euros|eur"],
  ["money", "GBP", "gbp|pounds sterling|pound sterling|sterling"],
  ["money", "GBP", "pence|p", 0.01],
  ["money", "CNY", "yuan|renminbi|rmb|cny"],
  ["money", "JPY", "yen|jpy"],
  ["money", "INR", "rupee|rupees|inr"],
  ["money", "RUB", "ruble|rubles|rouble|roubles|rub"],
  ["money", "MXN", "peso|pesos|mxn"],
  ["money", "CAD", "canadian dollar|canadian dollars|cad"],
  ["money", "AUD", "australian dollar|australian dollars|aud"],
  ["money", "KRW", "south korean won|krw"],
  ["money", "CHF", "swiss franc|swiss francs|chf"],
  ["money", "ILS", "shekel|shekels|ils"],
  ["money", "NGN", "naira|ngn"],
  ["money", "BRL", "reais|brl"],
  // length, area, speed
  ["measure", "mile", "mile|miles|mi"],
  ["measure", "kilometer", "kilometer|kilometers|kilometre|kilometres|km|kms"],
  ["measure", "meter", "meter|meters|metre|metres|m"],
  ["measure", "centimeter", "centimeter|centimeters|centimetre|centimetres|cm"],
  ["measure", "millimeter", "millimeter|millimeters|millimetre|millimetres|mm"],
  ["measure", "foot", "foot|feet|ft"],
  ["measure", "inch", "inch|inches"],
  ["measure", "yard", "yard|yards|yd|yds"],
  ["measure", "nautical mile", "nautical mile|nautical miles"],
  ["measure", "square mile", "square mile|square miles|sq mi"],
  ["measure", "square kilometer", "square kilometer|square kilometers|square kilometre|square kilometres|sq km|km2"],
  ["measure", "square foot", "square foot|square feet|sq ft"],
  ["measure", "acre", "acre|acres"],
  ["measure", "hectare", "hectare|hectares|ha"],
  ["measure", "mph", "mph|miles per hour|mile per hour"],
  ["measure", "km/h", "km/h|kph|kilometers per hour|kilometres per hour"],
  // mass, volume, energy, temperature
  ["measure", "kilogram", "kilogram|kilograms|kilo|kilos|kg|kgs"],
  ["measure", "gram", "gram|grams|g"],
  ["measure", "pound", "pound|pounds|lb|lbs"],
  ["measure", "ounce", "ounce|ounces|oz"],
  ["measure", "ton", "ton|tons|tonne|tonnes|metric ton|metric tons"],
  ["measure", "liter", "liter|liters|litre|litres"],
  ["measure", "gallon", "gallon|gallons"],
  ["measure", "barrel", "barrel|barrels|bbl"],
  ["measure", "megawatt", "megawatt|megawatts|mw"],
  ["measure", "kilowatt", "kilowatt|kilowatts|kw"],
  ["measure", "degree", "degree|degrees"],
  ["measure", "degree Fahrenheit", "degrees fahrenheit|degree fahrenheit|°f"],
  ["measure", "degree Celsius", "degrees celsius|degree celsius|°c"],
  // time spans: "15 years" and "15 months" must never be equal
  ["measure", "second", "second|seconds|sec|secs"],
  ["measure", "minute", "minute|minutes|min|mins"],
  ["measure", "hour", "hour|hours|hr|hrs"],
  ["measure", "day", "day|days"],
  ["measure", "week", "week|weeks|wk|wks"],
  ["measure", "month", "month|months|mo|mos"],
  ["measure", "year", "year|years|yr|yrs"],
  ["measure", "decade", "decade|decades"],
  ["measure", "century", "century|centuries"],
];

function buildUnitIndex(): Map<string, UnitEntry> {
  const index = new Map<string, UnitEntry>();
  for (const [kind, unit, aliases, factor] of entries) {
    for (const alias of aliases.split("|")) index.set(alias, { unit, kind, factor: factor ?? 1 });
  }
  return index;
}

export const UNIT_ALIASES: ReadonlyMap<string, UnitEntry> = buildUnitIndex();

/** Aliases too short or common to trust unless glued to the figure ("100m", "5g", "50p"). */
export const GLUED_ONLY_ALIASES: ReadonlySet<string> = new Set(["m", "g", "p", "ha", "mo", "mos", "min", "mins", "sec", "secs", "mi", "rub", "ils", "mw", "kw"]);

/** Longest alias in tokens ("u.s. dollars" is five: u . s . dollars), so lookups stay bounded. */
export const MAX_UNIT_TOKENS = 5;

/** Currency symbols written before the figure ("$3.4 million", "US$5", "€5"). */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ["$", "USD"], ["us$", "USD"], ["u.s.$", "USD"], ["c$", "CAD"], ["ca$", "CAD"], ["a$", "AUD"],
  ["au$", "AUD"], ["hk$", "HKD"], ["nz$", "NZD"], ["€", "EUR"], ["£", "GBP"], ["¥", "JPY"],
  ["₹", "INR"], ["₩", "KRW"], ["₽", "RUB"], ["₪", "ILS"], ["₦", "NGN"], ["r$", "BRL"],
]);

/** Currency codes written before the figure ("USD 5", "EUR 2.5 billion"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(
  "USD EUR GBP CNY RMB JPY INR RUB MXN CAD AUD KRW CHF ILS NGN BRL HKD NZD".split(" "),
);


/** Plurals that do not end in -s, and their singular ("people" → "person"). */
export const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ["people", "person"], ["children", "child"], ["men", "man"], ["women", "woman"],
  ["police", "police"], ["feet", "foot"], ["teeth", "tooth"], ["mice", "mouse"], ["geese", "goose"],
  ["cattle", "cattle"], ["personnel", "personnel"], ["staff", "staff"], ["troops", "troop"],
  ["sheep", "sheep"], ["fish", "fish"], ["deer", "deer"], ["aircraft", "aircraft"],
  ["data", "data"], ["media", "media"], ["criteria", "criterion"], ["crises", "crisis"],
  ["analyses", "analysis"], ["lives", "life"], ["wives", "wife"], ["knives", "knife"],
  ["leaves", "leaf"], ["halves", "half"], ["thieves", "thief"], ["series", "series"],
  ["species", "species"], ["businessmen", "businessman"], ["businesswomen", "businesswoman"],
  ["congressmen", "congressman"], ["congresswomen", "congresswoman"], ["chairmen", "chairman"],
  ["policemen", "policeman"], ["servicemen", "serviceman"], ["fishermen", "fisherman"],
  ["gunmen", "gunman"], ["countrymen", "countryman"],
]);

/**
 * Words that end the noun phrase after a figure: a counted noun is looked for only before
 * one of these ("21 people are reported killed": stop at "are").
 */
export const NOUN_PHRASE_BREAKERS: ReadonlySet<string> = new Set(
  ("a an the this that these those some any each every all both either neither such no not " +
    "i me my we us our you your he him his she her it its they them their who whom whose which what " +
    "is am are was were be been being do does did have has had will would shall should can could may " +
    "might must of to in on at by for with from into onto over under about as than then so and or but " +
    "nor if because while though although since until after before during per via against between " +
    "among around across through toward towards upon within without like says said say told tell " +
    "say gets got makes made takes took gives gave goes went seems remains means needs wants shows " +
    "includes including included also just only even too very more most less least ago later earlier " +
    "again already still yet now here there when where why how whether").split(" "),
);

/** Words ending in -s that are not plural nouns. */
export const NOT_PLURAL: ReadonlySet<string> = new Set(
  ("this thus his hers its yes always perhaps sometimes less unless news series species " +
    "politics economics physics mathematics ethics bus gas plus minus status campus virus bonus " +
    "census consensus apparatus chaos lens various previous serious famous obvious religious " +
    "anonymous dangerous numerous enormous jealous nervous").split(" "),
);
