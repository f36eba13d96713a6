// A small static file server for the exported site (out/), as a CDN would serve it:
// folders answer with their index.html, unknown paths with 404.html, text is gzipped.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { createGzip } from "node:zlib";

const root = path.resolve(process.env.OUT_DIR ?? "out");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".xml": "application/xml; charset=utf-8",
};

function fileFor(urlPath) {
  const target = path.join(root, urlPath);
  if (!target.startsWith(root)) return null;
  if (existsSync(target) && statSync(target).isFile()) return target;
  return null;
}

function send(request, response, file, status) {
  const type = types[path.extname(file)] ?? "application/octet-stream";
  const headers = { "content-type": type, "cache-control": "no-cache" };
  const gzip = /gzip/.test(request.headers["accept-encoding"] ?? "") && /text|json|xml|svg/.test(type);
  if (gzip) headers["content-encoding"] = "gzip";
  response.writeHead(status, headers);
  if (request.method === "HEAD") return response.end();
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
}

const server = createServer((request, response) => {
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  } catch {
    urlPath = "/";
  }
  const direct = fileFor(urlPath);
  if (direct) return send(request, response, direct, 200);
  const index = fileFor(path.join(urlPath, "index.html"));
  if (index) {
    if (!urlPath.endsWith("/")) {
      const query = new URL(request.url ?? "/", "http://localhost").search;
      response.writeHead(301, { location: encodeURI(urlPath + "/") + query });
      return response.end();
    }
    return send(request, response, index, 200);
  }
  const notFound = fileFor("/404.html");
  if (notFound) return send(request, response, notFound, 404);
  response.writeHead(404, { "content-type": "text/plain" });
  response.end("Not found");
});

server.listen(port, host, () => {
  console.log(`Error Guide: serving ${path.relative(process.cwd(), root) || "."} at http://${host}:${port}/`);
});

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
