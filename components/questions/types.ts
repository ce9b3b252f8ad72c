// The question UI shows exactly the data-access layer's DTOs: a question without its key, and
// feedback once the key may be released.
export type { StudentQuestion as QuestionView, Feedback } from "@/lib/server/quiz";
