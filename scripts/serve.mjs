// The static server of the exported site (out/), as a CDN would serve it: folders answer with
// their index.html (a path without its trailing slash is redirected), unknown paths with
// 404.html and status 404. Files are streamed by `send` (the static-file core of Express:
// ETag, Last-Modified, 304, ranges, HEAD, streams destroyed when the client goes away);
// what it cannot know is decided here: which file a URL names (never one outside out/,
// whatever the encoding or symlinks), the precompressed copy the client accepts (.br, .gz,
// written by the post-build step), and the headers of scripts/postbuild/headers.mjs.
//
// Env: OUT_DIR (default out), PORT (default 3000; 0 picks a free one), HOST (default 127.0.0.1).
import { readFileSync, realpathSync } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import Negotiator from "negotiator";
import send from "send";
import {
  cacheControlFor,
  headerRules,
  headersFileName,
  headersFor,
  parseHeadersFile,
} from "./postbuild/headers.mjs";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
};
const compressible = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;
/** Precompressed copies the post-build step writes, best first. */
const encodings = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
];
/** Files of the output folder that are instructions for hosts, not part of the site. */
const hidden = new Set([`/${headersFileName}`, ...encodings.map((encoding) => `/${headersFileName}${encoding.suffix}`)]);

function loadRules(root) {
  try {
    return parseHeadersFile(readFileSync(path.join(root, headersFileName), "utf8"));
  } catch (error) {
    if (error?.code !== "ENOENT") throw error;
    console.warn(`serve: no ${headersFileName} in the output folder (built without the post-build step); inline scripts will be refused by the CSP`);
    return headerRules();
  }
}

/** `/a/%2e%2e/b//c` → segments [b, c]: decoded, dot segments resolved, never above the root; null when malformed. */
function normalisePath(rawPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || !decoded.startsWith("/")) return null;
  const segments = [];
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  const trailingSlash = decoded.endsWith("/") || /\/\.\.?$/.test(decoded);
  return { segments, trailingSlash };
}

function urlPathOf(segments, trailingSlash) {
  const joined = segments.map(encodeURIComponent).join("/");
  return `/${joined}${trailingSlash && joined ? "/" : ""}`;
}

/** The request target's path and query; null when it is not a path (or absolute URL) at all. */
function splitTarget(target) {
  let pathname = target;
  if (!target.startsWith("/")) {
    try {
      const url = new URL(target);
      pathname = url.pathname + url.search;
    } catch {
      return null;
    }
  }
  const query = pathname.indexOf("?");
  const search = query < 0 ? "" : pathname.slice(query).replace(/[^\x21-\x7e]/g, encodeURIComponent);
  return { rawPath: query < 0 ? pathname : pathname.slice(0, query), search };
}

function createSiteServer(givenRoot) {
  const root = realpathSync(givenRoot);
  const rules = loadRules(root);

  /** The file behind a path inside the root, symlinks resolved; null when missing or outside. */
  async function inside(file) {
    try {
      const real = await realpath(file);
      if (real !== root && !real.startsWith(root + path.sep)) return null;
      return { file: real, stats: await stat(real) };
    } catch {
      return null;
    }
  }

  async function regularFile(file) {
    const found = await inside(file);
    return found?.stats.isFile() ? found : null;
  }

  /** What a normalised path names: a file, a redirect to the folder's slash form, or nothing. */
  async function resolveTarget({ segments, trailingSlash }) {
    const urlPath = urlPathOf(segments, trailingSlash);
    if (hidden.has(urlPath)) return { kind: "missing" };
    const target = path.join(root, ...segments);
    if (trailingSlash || segments.length === 0) {
      const index = await regularFile(path.join(target, "index.html"));
      return index ? { kind: "file", ...index, urlPath } : { kind: "missing" };
    }
    const found = await inside(target);
    if (found?.stats.isFile()) return { kind: "file", ...found, urlPath };
    if (found?.stats.isDirectory() && (await regularFile(path.join(found.file, "index.html")))) {
      return { kind: "redirect", location: urlPathOf(segments, true) };
    }
    return { kind: "missing" };
  }

  /** The precompressed copy the client accepts (q-values honoured), else the file itself. */
  async function representation(request, file, type) {
    if (!compressible.test(type)) return { file, encoding: null };
    const available = [];
    for (const encoding of encodings) {
      const copy = await regularFile(file + encoding.suffix);
      if (copy) available.push({ ...encoding, file: copy.file });
    }
    if (available.length === 0) return { file, encoding: null };
    const names = [...available.map((encoding) => encoding.name), "identity"];
    const chosen = new Negotiator(request).encoding(names, { preferred: names });
    const copy = available.find((encoding) => encoding.name === chosen);
    return copy ? { file: copy.file, encoding: copy.name } : { file, encoding: null };
  }

  /** Drops what an earlier attempt at this response said about its body (a file gone since). */
  function forgetRepresentation(response) {
    for (const name of ["Content-Length", "Content-Encoding", "Content-Range", "Accept-Ranges", "ETag", "Last-Modified", "Vary"]) {
      response.removeHeader(name);
    }
  }

  function plain(response, status, message, extra = {}) {
    if (response.headersSent) return response.destroy();
    forgetRepresentation(response);
    response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...extra });
    response.end(`${message}\n`);
  }

  async function sendFile(request, response, found, status) {
    forgetRepresentation(response);
    const type = types[path.extname(found.file).toLowerCase()] ?? "application/octet-stream";
    const { file, encoding } = await representation(request, found.file, type);
    if (status !== 200) {
      // An error page is not a resource of its own: no 304, no ranges of it.
      for (const name of ["if-none-match", "if-modified-since", "if-match", "if-unmodified-since", "range", "if-range"]) {
        delete request.headers[name];
      }
    }
    response.statusCode = status;
    response.setHeader("Content-Type", type);
    if (compressible.test(type)) response.setHeader("Vary", "Accept-Encoding");
    if (encoding) response.setHeader("Content-Encoding", encoding);
    response.setHeader("Cache-Control", status === 200 ? (headersFor(rules, found.urlPath)["Cache-Control"] ?? cacheControlFor(found.urlPath)) : "no-cache");
    const relative = path.relative(root, file).split(path.sep).map(encodeURIComponent).join("/");
    await new Promise((resolve) => {
      send(request, relative, { root, dotfiles: "allow", index: false, redirect: false, cacheControl: false, etag: true, lastModified: true })
        .on("error", (error) => {
          // The file went away between the lookup and the read (a rebuild), or cannot be read.
          const code = typeof error?.status === "number" ? error.status : 500;
          if (code === 404 && status !== 404) resolve(notFound(request, response));
          else resolve(plain(response, code >= 400 ? code : 500, code === 404 ? "Not found" : "The file cannot be read"));
        })
        .on("end", resolve)
        .pipe(response);
      response.on("close", resolve);
    });
  }

  async function notFound(request, response) {
    const page = await regularFile(path.join(root, "404.html"));
    if (!page) return plain(response, 404, "Not found");
    return sendFile(request, response, { ...page, urlPath: "/404.html" }, 404);
  }

  async function handle(request, response) {
    for (const [name, value] of Object.entries(headersFor(rules, "/"))) {
      if (name.toLowerCase() !== "cache-control") response.setHeader(name, value);
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      return plain(response, 405, "Method not allowed", { Allow: "GET, HEAD" });
    }
    const target = splitTarget(request.url ?? "");
    const normalised = target && normalisePath(target.rawPath);
    if (!target || !normalised) return plain(response, 400, "Bad request: the URL is not a valid path");
    const resolved = await resolveTarget(normalised);
    if (resolved.kind === "redirect") {
      response.writeHead(301, { Location: resolved.location + target.search, "Cache-Control": "no-cache" });
      return response.end();
    }
    if (resolved.kind === "missing") return notFound(request, response);
    return sendFile(request, response, resolved, 200);
  }

  return createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error(`serve: ${request.method} ${request.url}: ${error?.stack ?? error}`);
      plain(response, 500, "Internal server error");
    });
  }).on("clientError", (error, socket) => {
    if (socket.writable && !socket.writableEnded) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    else socket.destroy();
  });
}

const root = path.resolve(process.env.OUT_DIR ?? "out");
const host = process.env.HOST ?? "127.0.0.1";
let server;
try {
  server = createSiteServer(root);
} catch (error) {
  console.error(`serve: cannot serve ${root}: ${error?.message ?? error} (run npm run build first)`);
  process.exit(1);
}
server.on("error", (error) => {
  // Before listening, the port cannot be had; after, a connection could not be accepted
  // (EMFILE, say), which costs that connection only.
  if (!server.listening) {
    console.error(`serve: cannot listen on ${host}:${process.env.PORT ?? 3000}: ${error?.code ?? error}`);
    process.exit(1);
  }
  console.error(`serve: ${error?.code ?? error}`);
});
server.listen(Number(process.env.PORT ?? 3000), host, () => {
  const { port } = server.address();
  console.log(`Error Guide: serving ${path.relative(process.cwd(), root) || "."} at http://${host}:${port}/`);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
