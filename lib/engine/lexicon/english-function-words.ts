// The commonest English function words. Running English prose is about 40% these; other
// languages written in Latin script score far lower, which makes a cheap language check.
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ("the of and to a in is that for it as was with be by on not he i this are or his from at which but have an they " +
    "you were her she there been has their one all we would will said its who had can more if no so what up out about " +
    "into than them only other new some could these two may first then do any like my now over such our man me even most " +
    "after also did many before must through back years where much your way well down should because each just those people " +
    "how too little state good very make world still own see men work long get here between both life being under never day " +
    "same another know while last might us great old year off come since against go came right used take three").split(" "),
);
