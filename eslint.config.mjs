// Lint enforces the one-way import rule: app → components → lib/server → lib/engine.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

const nodeBuiltins = ["node:*", "fs", "fs/*", "path", "os", "crypto", "child_process", "http", "https", "net", "url", "util", "stream", "zlib", "worker_threads"];

const layer = (files, patterns, paths = []) => ({
  files,
  ignores: ["**/*.test.ts", "**/*.test.tsx"],
  rules: { "no-restricted-imports": ["error", { paths, patterns }] },
});

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // The engine is pure: no React, no Next, no database, no Node built-ins, nothing from upper layers.
  layer(["lib/engine/**/*.ts"], [
    { group: nodeBuiltins, message: "lib/engine must not use Node built-ins: it runs in the browser too." },
    { group: ["react", "react/*", "react-dom", "react-dom/*", "next", "next/*"], message: "lib/engine must not import React or Next." },
    { group: ["better-sqlite3", "pg", "pg/*", "kysely", "drizzle-orm", "drizzle-orm/*", "server-only"], message: "lib/engine must not touch a database." },
    { group: ["@/lib/server/*", "@/lib/server", "@/components/*", "@/app/*", "**/lib/server/**", "**/components/**", "**/app/**"], message: "lib/engine imports nothing from upper layers." },
  ]),
  // Server code may use the engine but never UI.
  layer(["lib/server/**/*.ts"], [
    { group: ["@/components/*", "@/app/*", "**/components/**", "**/app/**"], message: "lib/server must not import UI (components/ or app/)." },
  ]),
  // Shared components may use lib/ but never routes.
  layer(["components/**/*.ts", "components/**/*.tsx"], [
    { group: ["@/app/*", "**/app/**"], message: "components/ must not import from app/." },
  ]),
  {
    files: ["**/*.mjs", "**/*.cjs", "scripts/**", "bench/**", "e2e/**", "*.config.*"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
