// Speech verbs that attach a name to the quotation before it ("“Why not?” Smith asked."),
// so a question or exclamation closing a quotation does not end the sentence there.
export const ATTRIBUTION_VERBS: readonly string[] = [
  "said", "says", "asked", "asks", "told", "tells", "added", "adds", "wrote", "writes",
  "replied", "replies", "answered", "answers", "shouted", "shouts", "yelled", "yells",
  "exclaimed", "exclaims", "wondered", "wonders", "tweeted", "tweets", "continued",
  "continues", "recalled", "recalls", "insisted", "insists", "demanded", "demands",
  "declared", "declares", "explained", "explains", "responded", "responds", "noted", "notes",
  "cried", "cries", "quipped", "quips", "joked", "jokes",
];
