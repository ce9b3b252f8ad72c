import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { SettingsScript } from "@/components/reading/settings-script";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Evident — read the news, check it against the text", template: "%s · Evident" },
  description: "A classroom reading app for news: questions and answer checks grounded in the article's own words.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fdfcf9" },
    { media: "(prefers-color-scheme: dark)", color: "#151412" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The proxy's per-request nonce lets the settings script run under the CSP.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // The settings script sets reading attributes on <html> before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        <SettingsScript nonce={nonce} />
      </head>
      <body className="antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        <header className="border-b border-rule bg-white/70">
          <nav aria-label="Main" className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
            <Link href="/" className="text-lg font-semibold tracking-tight text-ink no-underline">
              Evident
            </Link>
            <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
              <li>
                <Link href="/">Library</Link>
              </li>
              <li>
                <Link href="/join" prefetch={false}>
                  Join a class
                </Link>
              </li>
              <li>
                <Link href="/teacher" prefetch={false}>
                  Teachers
                </Link>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 sm:px-6 sm:py-10 focus:outline-none">
          {children}
        </main>
        <footer className="mx-auto max-w-5xl px-4 pb-10 text-sm text-muted sm:px-6">
          Evident runs entirely on your school&apos;s server: no tracking, no third-party requests.
        </footer>
      </body>
    </html>
  );
}
