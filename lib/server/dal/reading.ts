import "server-only";
// Reading supports on a student's assignment page: the sentences to read aloud, the words to
// pre-teach and a word's meaning in the article's sense. Only a student of the assignment's class
// gets them, and the words the quiz's vocabulary questions ask about are held back: their
// meaning is the key.
import type { Kysely } from "kysely";
import type { DefineResult, VocabularyEntry } from "@/lib/reading/definition";
import { getDictionary } from "../dictionary";
import { defineWord, isWithheld, testedWords } from "../reading/define-word";
import type { Database } from "../db/schema";
import type { Actor } from "./actor";
import { visibleAssignment } from "./assignments";
import { AppError, notFound } from "./errors";
import { loadQuiz } from "./quizzes";

export interface AssignmentReading {
  /** Sentence offsets [start, end) into the article text. */
  sentences: [number, number][];
  vocabulary: VocabularyEntry[];
}

async function studentsQuiz(db: Kysely<Database>, actor: Actor, assignmentId: string) {
  if (!actor) throw new AppError("unauthenticated", "Please join your class first.");
  if (actor.kind !== "student") throw new AppError("forbidden", "Only students answer assignments.");
  const assignment = await visibleAssignment(db, actor, assignmentId);
  const quiz = await loadQuiz(db, assignment.quiz_id);
  if (!quiz) throw notFound("That assignment");
  return { quiz, withheld: testedWords(quiz.analysis.text, quiz.questions) };
}

export async function assignmentReading(db: Kysely<Database>, actor: Actor, assignmentId: string): Promise<AssignmentReading> {
  const { quiz, withheld } = await studentsQuiz(db, actor, assignmentId);
  const { analysis } = quiz;
  return {
    sentences: analysis.sentences.map((s) => [s.start, s.end]),
    // Only what the list shows: distractors and other senses stay here.
    vocabulary: analysis.vocabulary
      .filter((v) => !isWithheld(withheld, v.text) && !isWithheld(withheld, v.lemma))
      .map((v) => ({ lemma: v.lemma, pos: v.pos, text: v.text, definition: v.definition, paragraph: v.paragraph })),
  };
}

export async function defineForAssignment(db: Kysely<Database>, actor: Actor, assignmentId: string, word: string, at: number | null): Promise<DefineResult> {
  const { quiz, withheld } = await studentsQuiz(db, actor, assignmentId);
  if (isWithheld(withheld, word, at)) return { found: false, word, withheld: true };
  const definition = defineWord(quiz.analysis, getDictionary(), word, at);
  return definition ? { found: true, definition } : { found: false, word };
}
