import type { Metadata } from "next";
import Link from "next/link";
import { JoinForm } from "@/components/student/join-form";

export const metadata: Metadata = { title: "Join your class" };

export default function JoinPage() {
  return (
    <JoinForm
      before={
        <>
          <h1 className="font-serif text-3xl leading-tight">Join your class</h1>
          <p className="mt-2 max-w-prose text-muted">
            Type the class code your teacher shows you and the name your teacher will see. That is all Evident asks: no email, no
            birthday.
          </p>
        </>
      }
      after={
        <p className="mt-8 text-sm">
          Joined before, on this or another device? <Link href="/join/back" className="underline underline-offset-2">Sign in with your personal code</Link>.
        </p>
      }
    />
  );
}
