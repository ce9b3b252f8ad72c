import type { Metadata, Viewport } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Evident — read the news, check it against the text", template: "%s · Evident" },
  description: "A classroom reading app for news: questions and answer checks grounded in the article's own words.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#fdfcf9" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
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
            <Link href="/" className="text-sm">
              Library
            </Link>
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
