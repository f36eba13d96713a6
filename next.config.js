const os = require("node:os");

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
  // The TypeScript check runs once, first, in npm test (tsc --noEmit): running it again in
  // every build cost 6–9 s of each build's fixed time (issue 15).
  typescript: { ignoreBuildErrors: true },
  // Pages bundle our inline scripts with esbuild as they render (lib/site/inline-script.ts).
  serverExternalPackages: ["esbuild"],
  // One static-generation worker per core (Next's default leaves one core to its main process,
  // which is idle while pages are generated): on 2 cores, 5,091 pages took 135 s instead of
  // 180 s, for 1.25 GB of memory instead of 0.94 GB. BUILD_WORKERS=1 trades the time back.
  experimental: { cpus: Number(process.env.BUILD_WORKERS) || os.availableParallelism() },
};

module.exports = nextConfig;
