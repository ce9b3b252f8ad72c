/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Library files are read at run time from content/; make sure the output tracer keeps them.
  outputFileTracingIncludes: { "/**": ["./content/**/*"] },
};

export default nextConfig;
