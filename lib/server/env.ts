import "server-only";
// The one place that reads process.env: parsed by zod at first use, failing fast with a clear message.
import path from "node:path";
import { z } from "zod";

const Env = z.object({
  EVIDENT_CONTENT_DIR: z.string().min(1).optional(),
  EVIDENT_DATA_DIR: z.string().min(1).optional(),
  DATABASE_URL: z.string().url().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Set to 1 behind a reverse proxy that sets X-Forwarded-For; otherwise the header is ignored. */
  EVIDENT_TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  /** Set to 1 only to serve plain http on a school network (cookies then lose Secure and __Host-). */
  EVIDENT_INSECURE_COOKIES: z.enum(["0", "1"]).default("0"),
});

export interface AppEnv {
  contentDir: string;
  dataDir: string;
  databaseUrl: string | null;
  production: boolean;
  trustProxy: boolean;
  insecureCookies: boolean;
}

let cached: AppEnv | null = null;

export function env(): AppEnv {
  if (cached) return cached;
  const parsed = Env.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Evident cannot start: invalid environment (${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}).`);
  }
  const e = parsed.data;
  cached = {
    contentDir: path.resolve(/*turbopackIgnore: true*/ e.EVIDENT_CONTENT_DIR ?? path.join(process.cwd(), "content")),
    dataDir: path.resolve(/*turbopackIgnore: true*/ e.EVIDENT_DATA_DIR ?? path.join(process.cwd(), "data")),
    databaseUrl: e.DATABASE_URL ?? null,
    production: e.NODE_ENV === "production",
    trustProxy: e.EVIDENT_TRUST_PROXY === "1",
    insecureCookies: e.EVIDENT_INSECURE_COOKIES === "1",
  };
  return cached;
}
