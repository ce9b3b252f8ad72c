// Evaluative or loaded words a reporter's own voice should not need, each with a more neutral
// alternative. Written for Evident (MIT licence). Data only; used by analyze/sourcing.
// Keys are lower case; a key may be a phrase. The alternative fits the usual news sense.
// Left out on purpose, after checking each use in the library by hand: reporting verbs that
// name the speech act accurately ("demanded", "refused", "vowed", "threatened", "insisted",
// "conceded"), the ordinary words of market and court reporting ("plummeted", "soared",
// "landmark", "sweeping", "historic"), and descriptions a reporter can support with facts
// ("controversial", "crisis", "lifeline"). Flagging them taught students that accurate verbs
// are bias. "claimed" and "admitted" stay: they cast doubt or guilt where "said" would not.
export const LOADED_WORDS: Readonly<Record<string, string>> = {
  // Verbs of saying that judge the speaker or the words.
  slammed: "criticized", slams: "criticizes", slam: "criticize", blasted: "criticized", blasts: "criticizes",
  lashed: "criticized", "lashed out": "criticized", ripped: "criticized", rips: "criticizes", bashed: "criticized",
  skewered: "criticized", hammered: "criticized", berated: "criticized", scolded: "criticized",
  chided: "criticized", railed: "objected", ranted: "spoke", raged: "said angrily", fumed: "said",
  boasted: "said", bragged: "said", gloated: "said", whined: "complained", whinged: "complained",
  admitted: "said", claimed: "said", touted: "promoted",
  trumpeted: "announced", crowed: "said", sneered: "said", scoffed: "dismissed", mocked: "criticized",
  snubbed: "did not attend",
  // Manner adverbs that read intent into an action.
  defiantly: "firmly", brazenly: "openly", stubbornly: "firmly", arrogantly: "confidently",
  shamelessly: "openly", recklessly: "quickly", cynically: "deliberately", desperately: "urgently",
  angrily: "strongly", bitterly: "strongly", furiously: "strongly", foolishly: "unwisely",
  // Nouns that label a government, a group or an act.
  regime: "government", junta: "military government", dictator: "leader", strongman: "leader",
  thugs: "attackers", mob: "crowd", horde: "large group", hordes: "large groups", zealots: "supporters",
  extremists: "members", radicals: "activists", militants: "armed fighters", terrorists: "attackers",
  "freedom fighters": "armed fighters", propaganda: "messaging", scheme: "plan", ploy: "tactic",
  stunt: "action", tirade: "speech", rant: "statement", diatribe: "criticism", screed: "statement",
  fiasco: "failure", debacle: "failure", disaster: "serious problem", catastrophe: "serious problem",
  chaos: "disorder", onslaught: "attack", invasion: "arrival",
  flood: "large number", influx: "arrival", illegals: "undocumented immigrants",
  "illegal aliens": "undocumented immigrants", "death tax": "estate tax", "job killers": "costly rules",
  bureaucrats: "officials", elites: "leaders", "fake news": "disputed reporting", hoax: "disputed claim",
  "witch hunt": "investigation", cronies: "associates", henchmen: "aides", loyalists: "supporters",
  // Adjectives and verbs that tell the reader how to feel.
  embattled: "criticized", beleaguered: "struggling", notorious: "well-known",
  infamous: "well-known", shocking: "surprising", outrageous: "disputed", disgraceful: "criticized",
  radical: "major", extreme: "strong", draconian: "strict",
  harsh: "strict", massive: "large", huge: "large", staggering: "large",
  devastating: "severe", crippling: "severe", tremendous: "large",   unprecedented: "unusual", "so-called": "called", bizarre: "unusual", absurd: "questionable",
  ridiculous: "questionable", misguided: "mistaken", disastrous: "harmful", lavish: "expensive",
  bloated: "large", slashed: "cut", slashes: "cuts", gutted: "reduced",     caved: "gave in", capitulated: "agreed", surrendered: "gave up", lurched: "moved", scrambled: "hurried",
  bickering: "disagreement", squabbling: "disagreement", feud: "dispute", spat: "dispute",
  bombshell: "major report", explosive: "significant", damning: "critical", scathing: "critical",
  stunning: "surprising", };
