// Words that carry no answer content: a student's "It was the Italians." means "Italians".
// Negation words are deliberately absent (they live in negations.ts): they change meaning.
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    // articles, determiners, pronouns
    "a an the this that these those some any each every all both either such " +
    "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs " +
    "one ones someone something somebody who whom whose which what whatever whoever " +
    // auxiliaries and copulas
    "is am are was were be been being do does did doing done have has had having " +
    "will would shall should can could may might must ought " +
    // prepositions and conjunctions
    "of to in on at by for with from into onto over under about as than then so " +
    "and or but if because while though although since until out off " +
    "there here where when why how also just only even too very really " +
    // answer frames students write around the content
    "answer think believe guess maybe probably perhaps basically actually like say says said " +
    "article text story according called named thing"
  ).split(" "),
);

/** Words that name nothing specific on their own: matching only these does not identify an answer. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  "people person thing things stuff way ways lot lots part parts kind kinds type types group groups issue issues matter".split(" "),
);
