// Words that name a person's role or title, and the honorifics before a name. Data only;
// the rules that use them live in analyze/entities. Keys are lower case; dotted
// abbreviations are written without their final period ("sen" for "Sen.").

/**
 * Head words of a role: "Secretary", "ambassador", "senator", "a crane operator". A name
 * right after one of these (or after a phrase ending in one) is a person's name.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set(
  (
    "president vice-president secretary ambassador envoy diplomat senator sen representative rep congressman " +
    "congresswoman congressmember lawmaker legislator governor gov mayor minister premier chancellor king queen " +
    "prince princess emperor empress pope sultan emir sheikh ayatollah spokesperson spokesman spokeswoman " +
    "leader chief director chairman chairwoman chairperson chair speaker whip justice judge magistrate attorney " +
    "prosecutor commissioner officer official adviser advisor aide lawyer professor prof fellow analyst economist " +
    "researcher scientist doctor dr physician surgeon nurse teacher principal student dean provost chancellor " +
    "ceo cfo coo cto founder co-founder executive manager coach captain capt colonel col lieutenant lt sergeant sgt " +
    "major maj admiral adm commander cmdr general gen corporal cpl private trooper sheriff deputy detective " +
    "inspector agent baker operator worker farmer driver pilot engineer architect editor reporter correspondent " +
    "journalist columnist author writer novelist poet artist singer actor actress musician photographer partner " +
    "owner resident activist advocate campaigner organizer candidate nominee head administrator counsel solicitor " +
    "auditor treasurer clerk comptroller controller councilman councilwoman councillor councilor alderman " +
    "delegate negotiator mediator strategist consultant pollster historian expert specialist spokesperson " +
    "superintendent commander-in-chief mr mrs ms miss sir dame lord lady rev reverend father pastor bishop " +
    "archbishop cardinal rabbi imam cleric monk priest nun vicar hon"
  ).split(" "),
);

/**
 * Titles of several words whose last word alone would mislead ("Secretary of State",
 * "Chief of Staff", "Attorney General"). Matched before single heads, longest first.
 */
export const MULTIWORD_TITLES: readonly string[] = [
  "secretary of state", "secretary of defense", "secretary of the treasury", "secretary of homeland security",
  "secretary of the interior", "secretary of health", "secretary of education", "secretary of commerce",
  "secretary of energy", "secretary of labor", "secretary of agriculture", "secretary of transportation",
  "secretary of the army", "secretary of the navy", "secretary of the air force", "secretary-general",
  "secretary general", "chief of staff", "chief of naval operations", "attorney general", "attorneys general",
  "inspector general", "surgeon general", "solicitor general", "postmaster general", "prime minister",
  "foreign minister", "defense minister", "chief justice", "chief executive", "chief executive officer",
  "majority leader", "minority leader", "majority whip", "minority whip", "press secretary",
  "national security adviser", "national security advisor", "first lady", "crown prince", "supreme leader",
  "vice president", "head of state", "commander in chief", "director of national intelligence",
];

/** Words that modify a title without being one ("deputy", "former", "top", "acting"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  (
    "deputy assistant associate acting interim former then current incoming outgoing top senior junior chief " +
    "vice executive special permanent principal managing general co-legal lead longtime veteran retired " +
    "presidential royal federal state national foreign defense finance interior justice labor trade press " +
    "majority minority ranking assistant staff legal constitutional law security intelligence military " +
    "political economic chief's"
  ).split(" "),
);

/** Titles that mark a person's sex, for pronoun agreement. */
export const GENDERED_TITLES: ReadonlyMap<string, "male" | "female"> = new Map([
  ["mr", "male"], ["sir", "male"], ["lord", "male"], ["king", "male"], ["prince", "male"], ["emperor", "male"],
  ["congressman", "male"], ["chairman", "male"], ["spokesman", "male"], ["councilman", "male"], ["father", "male"],
  ["actor", "male"], ["monk", "male"], ["pope", "male"], ["sultan", "male"], ["emir", "male"],
  ["mrs", "female"], ["ms", "female"], ["miss", "female"], ["dame", "female"], ["lady", "female"], ["queen", "female"],
  ["princess", "female"], ["empress", "female"], ["congresswoman", "female"], ["chairwoman", "female"],
  ["spokeswoman", "female"], ["councilwoman", "female"], ["actress", "female"], ["nun", "female"], ["first lady", "female"],
]);

/** Honorifics that say nothing about the role ("Mr. Smith" has no role). */
export const HONORIFICS: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "miss", "sir", "dame", "dr", "prof", "hon"]);

/**
 * Role families, so that "the top US diplomat" can point back to the Secretary of State.
 * Key: a noun used alone for a person; value: title heads or multiword titles it covers.
 */
export const ROLE_FAMILIES: ReadonlyMap<string, readonly string[]> = new Map([
  ["diplomat", ["secretary of state", "ambassador", "envoy", "foreign minister", "diplomat", "secretary-general", "secretary general"]],
  ["lawmaker", ["senator", "sen", "representative", "rep", "congressman", "congresswoman", "lawmaker", "legislator", "speaker", "whip", "majority leader", "minority leader"]],
  ["legislator", ["senator", "sen", "representative", "rep", "congressman", "congresswoman", "lawmaker", "legislator"]],
  ["official", ["secretary", "minister", "official", "director", "ambassador", "envoy", "spokesperson", "spokesman", "spokeswoman", "press secretary", "attorney general", "inspector general", "chief of staff"]],
  ["justice", ["justice", "chief justice"]],
  ["judge", ["judge", "justice", "chief justice", "magistrate"]],
  ["leader", ["leader", "president", "prime minister", "premier", "chancellor", "king", "queen", "supreme leader"]],
  ["spokesperson", ["spokesperson", "spokesman", "spokeswoman", "press secretary"]],
  ["prosecutor", ["prosecutor", "attorney general", "attorney"]],
]);

/** Party words that serve as a role before a name ("Republican Mike Coffman"). */
export const PARTY_ROLES: ReadonlyMap<string, string> = new Map([
  ["Republican", "Republican Party"], ["Republicans", "Republican Party"], ["GOP", "Republican Party"],
  ["Democrat", "Democratic Party"], ["Democrats", "Democratic Party"], ["Democratic", "Democratic Party"],
  ["Labour", "Labour Party"], ["Conservative", "Conservative Party"], ["Tory", "Conservative Party"], ["Tories", "Conservative Party"],
  ["Independent", "independent"],
]);

/** Name suffixes that are not the surname ("Martin Luther King Jr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** Particles inside names ("Juan Carlos de la Vega", "Ludwig van Beethoven"). Lower case only. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(["de", "del", "della", "der", "den", "la", "le", "van", "von", "da", "di", "du", "dos", "das", "bin", "ibn", "al", "el", "ter", "y"]);
