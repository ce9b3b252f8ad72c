import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-prose">
      <h1 className="text-3xl font-semibold">We could not find that page</h1>
      <p className="mt-3 text-muted">The article may have been removed from the library, or the address has a typo.</p>
      <p className="mt-6">
        <Link href="/">Back to the library</Link>
      </p>
    </div>
  );
}
