import type { Metadata } from "next";
import { WelcomeCard } from "@/components/student/welcome-card";
import { studentProfile } from "@/lib/server/dal/students";
import { orNotFound, studentPage } from "../_lib/student";

export const metadata: Metadata = { title: "You joined your class" };

export default async function WelcomePage() {
  const { actor, db } = await studentPage();
  const profile = await orNotFound(studentProfile(db, actor));
  return <WelcomeCard welcome={profile} />;
}
