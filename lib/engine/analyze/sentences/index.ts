// Sentence segmentation: the front door of analyze/sentences.
export { splitSentences } from "./split-sentences";
export { sentencesOf } from "./sentences-of";
