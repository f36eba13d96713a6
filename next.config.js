/** @type {import('next').NextConfig} */
const nextConfig = {
  // Every page is pre-rendered into out/: a static folder any host or CDN can serve.
  output: "export",
  // EXPORT_DIR builds a second site beside out/ (the corpus build of the e2e tests);
  // with output: 'export', distDir is the folder the site is exported to.
  ...(process.env.EXPORT_DIR ? { distDir: process.env.EXPORT_DIR } : {}),
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // The build runs on 2-core machines: one worker keeps memory flat.
  experimental: { cpus: 1 },
};

module.exports = nextConfig;
