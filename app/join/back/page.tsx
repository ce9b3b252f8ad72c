import type { Metadata } from "next";
import Link from "next/link";
import { CodeForm } from "@/components/student/code-form";
import { comeBackAction } from "../actions";

export const metadata: Metadata = { title: "Sign in with your personal code" };

export default function ComeBackPage() {
  return (
    <div>
      <h1 className="font-serif text-3xl leading-tight">Welcome back</h1>
      <p className="mt-2 max-w-prose text-muted">
        Use your class code and the personal code you got when you joined (it is on your login card). Your answers are waiting.
      </p>
      <CodeForm
        action={comeBackAction}
        submitLabel="Sign in"
        fields={[
          { name: "joinCode", label: "Class code", maxLength: 32, code: true },
          { name: "personalCode", label: "Personal code", hint: "Ask your teacher if you lost it.", maxLength: 32, code: true },
        ]}
      />
      <p className="mt-8 text-sm">
        New to this class? <Link href="/join" className="underline underline-offset-2">Join with the class code</Link>.
      </p>
    </div>
  );
}
