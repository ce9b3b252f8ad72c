import type { Metadata } from "next";
import Link from "next/link";
import { CodeForm } from "@/components/student/code-form";
import { joinAction } from "./actions";

export const metadata: Metadata = { title: "Join your class" };

export default function JoinPage() {
  return (
    <div>
      <h1 className="font-serif text-3xl leading-tight">Join your class</h1>
      <p className="mt-2 max-w-prose text-muted">
        Type the class code your teacher shows you and the name your teacher will see. That is all Evident asks: no email, no
        birthday.
      </p>
      <CodeForm
        action={joinAction}
        submitLabel="Join class"
        fields={[
          { name: "joinCode", label: "Class code", hint: "8 letters and numbers, like K7PD QX3M.", maxLength: 32, code: true },
          { name: "displayName", label: "Your name", hint: "Up to 40 characters. Your first name is enough.", maxLength: 40, autoComplete: "given-name" },
        ]}
      />
      <p className="mt-8 text-sm">
        Joined before, on this or another device? <Link href="/join/back" className="underline underline-offset-2">Sign in with your personal code</Link>.
      </p>
    </div>
  );
}
