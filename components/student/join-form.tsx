"use client";
// The join form. It posts to /api/join and shows the welcome from that one answer (decision 11).
// Each form makes one random join token and sends it with every try, so pressing "Join class"
// again after a lost answer gives back the same place in the class, not a second one.
import { useEffect, useRef, type ReactNode } from "react";
import { CodeForm, type StudentFormState } from "./code-form";
import { WelcomeCard, type Welcome } from "./welcome-card";

/** 128 random bits, base64url. getRandomValues works on plain http too, unlike randomUUID. */
function newJoinToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

const UNREACHABLE = "Evident could not be reached. Check the connection and press Join class again; you will not be added twice.";

async function postJoin(joinCode: string, displayName: string, joinToken: string): Promise<StudentFormState> {
  const values = { joinCode, displayName };
  let res: Response;
  try {
    res = await fetch("/api/join", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ joinCode, displayName, joinToken }) });
  } catch {
    return { error: UNREACHABLE, values };
  }
  const body = (await res.json().catch(() => ({}))) as { welcome?: Welcome; error?: string; fields?: Record<string, string> };
  if (res.ok && body.welcome) return { welcome: body.welcome };
  if (body.fields) return { fields: body.fields, values };
  return { error: body.error ?? UNREACHABLE, values };
}

/** The welcome in place of the form, at the welcome page's address (a reload shows that page). */
function Joined({ welcome }: { welcome: Welcome }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    window.history.replaceState(null, "", "/student/welcome");
    document.title = "You joined your class · Evident";
    box.current?.querySelector<HTMLElement>("h1")?.focus();
  }, []);
  return (
    <div ref={box}>
      <WelcomeCard welcome={welcome} />
    </div>
  );
}

export function JoinForm({ before, after }: { before?: ReactNode; after?: ReactNode }) {
  const token = useRef<string | null>(null);
  const join = async (_prev: StudentFormState, fd: FormData): Promise<StudentFormState> => {
    token.current ??= newJoinToken();
    const text = (name: string) => String(fd.get(name) ?? "").slice(0, 64);
    return postJoin(text("joinCode"), text("displayName"), token.current);
  };
  return (
    <CodeForm
      action={join}
      submitLabel="Join class"
      before={before}
      after={after}
      done={(state) => state.welcome && <Joined welcome={state.welcome} />}
      fields={[
        { name: "joinCode", label: "Class code", hint: "8 letters and numbers, like K7PD QX3M.", maxLength: 32, code: true },
        { name: "displayName", label: "Your name", hint: "Up to 40 characters. Your first name is enough.", maxLength: 40, autoComplete: "given-name" },
      ]}
    />
  );
}
