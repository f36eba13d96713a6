/** @type {import('next').NextConfig} */
const nextConfig = {
  // Every page is pre-rendered into out/: a static folder any host or CDN can serve.
  output: "export",
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // The build runs on 2-core machines: one worker keeps memory flat.
  experimental: { cpus: 1 },
};

module.exports = nextConfig;
