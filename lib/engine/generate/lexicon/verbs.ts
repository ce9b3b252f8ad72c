// Verb forms the question builders need: the past tense of common irregular verbs (for "did …
// <base>?" questions), and the words that open a predicate right after a subject.

/** Irregular simple past → base form. Regular "-ed" forms go through the lemmatizer. */
export const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map([
  ["had", "have"], ["made", "make"], ["took", "take"], ["gave", "give"], ["won", "win"], ["lost", "lose"],
  ["sent", "send"], ["spent", "spend"], ["held", "hold"], ["saw", "see"], ["got", "get"], ["brought", "bring"],
  ["paid", "pay"], ["left", "leave"], ["met", "meet"], ["found", "find"], ["sold", "sell"], ["kept", "keep"],
  ["chose", "choose"], ["drew", "draw"], ["built", "build"], ["bought", "buy"], ["caught", "catch"],
  ["fought", "fight"], ["hit", "hit"], ["led", "lead"], ["raised", "raise"], ["wrote", "write"], ["ran", "run"],
  ["shot", "shoot"], ["set", "set"], ["cut", "cut"], ["put", "put"], ["struck", "strike"], ["threw", "throw"],
  ["began", "begin"], ["became", "become"], ["grew", "grow"], ["hired", "hire"], ["fired", "fire"],
  ["upheld", "uphold"], ["withheld", "withhold"], ["sought", "seek"], ["spoke", "speak"], ["stood", "stand"],
  ["withdrew", "withdraw"], ["drove", "drive"], ["rose", "rise"], ["fell", "fall"], ["flew", "fly"], ["knew", "know"],
  ["dealt", "deal"], ["heard", "hear"], ["spread", "spread"], ["shut", "shut"], ["sank", "sink"], ["swore", "swear"],
  ["overcame", "overcome"], ["undertook", "undertake"], ["forbade", "forbid"], ["broke", "break"],
  ["taught", "teach"], ["thought", "think"], ["understood", "understand"], ["wound", "wind"], ["froze", "freeze"],
]);

/** A predicate that can follow "How many <noun>" directly: an auxiliary or a past-tense verb. */
export const SUBJECT_VERB_START = /^(?:are|were|is|was|have|has|had|will|would|could|can|may|might|must|should|did|do|voted|died|remain|remained|live|lived|work|worked)\b/;

/** Speech verbs whose reported content reads naturally after "<who> <verb> that", with the past form to use. */
export const THAT_VERBS: Readonly<Record<string, string>> = {
  said: "said", says: "said", told: "said", argued: "argued", argues: "argued", warned: "warned", claimed: "claimed",
  insisted: "insisted", added: "said", noted: "noted", explained: "explained", stated: "stated", contended: "argued", saying: "said",
};

/** Past forms whose object is a person or a speech, not a thing a "what" question can ask for. */
export const SKIP_AFTER_VERB = /^(?:asked|added|noted|claimed|argued|warned|stated|explained|called|named|urged|ordered|told|said|seemed|appeared|became|remained|did|had|used|wanted|needed|according)$/i;
