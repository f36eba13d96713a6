// The one home of the site's HTTP headers: security headers for every response, cache rules
// by path. The post-build step writes them to out/_headers (Netlify / Cloudflare Pages
// format) and scripts/serve.mjs reads that file back, so `npm start` and a static host send
// the same headers. Plain JavaScript: the server runs with node alone.
import { createHash } from "node:crypto";

/** Content-hashed files: their URL changes whenever their bytes do. */
export const immutablePrefixes = ["/_next/static/", "/_islands/", "/_assets/"];
export const immutableCacheControl = "public, max-age=31536000, immutable";
/** Everything else (pages, search indexes) is revalidated with its ETag / Last-Modified. */
export const revalidateCacheControl = "public, max-age=0, must-revalidate";
export const headersFileName = "_headers";

/** A CSP header this long stops fitting in common proxies' header buffers (nginx: 4–8 KB a line). */
const maxPolicyLength = 6000;

export function cacheControlFor(urlPath) {
  return immutablePrefixes.some((prefix) => urlPath.startsWith(prefix)) ? immutableCacheControl : revalidateCacheControl;
}

const keywordSource = /^'(none|self)'$/;
const hostSource = /^(https?:\/\/)?(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i;

/**
 * A space- or comma-separated list of CSP sources from an environment variable:
 * 'self', 'none', or hosts (`https://intranet.example.com`, `*.example.com`).
 * Anything else would let the variable write arbitrary policy, so it is refused.
 */
export function sourceList(value, name, fallback) {
  const items = (value ?? "").split(/[\s,]+/).filter(Boolean);
  if (items.length === 0) return fallback;
  for (const item of items) {
    if (!keywordSource.test(item) && !hostSource.test(item)) {
      throw new Error(`${name}: "${item}" is not a CSP source ('self', 'none', a host or an https:// origin)`);
    }
  }
  if (items.includes("'none'") && items.length > 1) throw new Error(`${name}: 'none' cannot be combined with other sources`);
  return items;
}

/** Who may frame the site: FRAME_ANCESTORS, else nobody. */
export function frameAncestorsFrom(env = process.env) {
  return sourceList(env.FRAME_ANCESTORS, "FRAME_ANCESTORS", ["'none'"]);
}

/** Hosts whose images articles may show: IMAGE_HOSTS, else none (images are shown as links). */
export function imageHostsFrom(env = process.env) {
  return sourceList(env.IMAGE_HOSTS, "IMAGE_HOSTS", []).filter((source) => source !== "'none'");
}

/** The scripts a page runs inline (not JSON data blocks, which never execute). */
export function inlineScripts(html) {
  const scripts = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? "";
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type === undefined || type === "module" || type === "text/javascript" || type === "application/javascript") {
      scripts.push(match[2] ?? "");
    }
  }
  return scripts;
}

export function scriptHash(source) {
  return `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;
}

export function contentSecurityPolicy({ scriptHashes = [], frameAncestors = ["'none'"], imageHosts = [] } = {}) {
  const policy = [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((hash) => ` ${hash}`).join("")}`,
    "style-src 'self'",
    // The checklist's progress bar carries its width in a style attribute.
    "style-src-attr 'unsafe-inline'",
    `img-src 'self' data:${imageHosts.map((host) => ` ${host}`).join("")}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.join(" ")}`,
  ].join("; ");
  if (policy.length > maxPolicyLength) {
    throw new Error(
      `the Content-Security-Policy would be ${policy.length} characters (${scriptHashes.length} inline script hashes); ` +
        "inline scripts must be the same on every page (put per-page data in a data attribute or a JSON block)",
    );
  }
  return policy;
}

/** The headers every response carries. */
export function securityHeaders(options = {}) {
  const frameAncestors = options.frameAncestors ?? ["'none'"];
  const headers = {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  };
  // For browsers without frame-ancestors; a list of hosts has no X-Frame-Options form.
  if (frameAncestors.length === 1 && frameAncestors[0] === "'none'") headers["X-Frame-Options"] = "DENY";
  if (frameAncestors.length === 1 && frameAncestors[0] === "'self'") headers["X-Frame-Options"] = "SAMEORIGIN";
  return headers;
}

/**
 * Header rules by path pattern, in `_headers` order: `/*` for every response, then the
 * immutable folders. No rule sets Cache-Control for pages: static hosts revalidate them by
 * default, as scripts/serve.mjs does (revalidateCacheControl).
 */
export function headerRules(options = {}) {
  return [
    { pattern: "/*", headers: securityHeaders(options) },
    ...immutablePrefixes.map((prefix) => ({ pattern: `${prefix}*`, headers: { "Cache-Control": immutableCacheControl } })),
  ];
}

export function formatHeadersFile(rules) {
  const blocks = rules.map(({ pattern, headers }) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n"),
  );
  return `# Written by scripts/postbuild (headers.mjs): security and cache headers for static hosts.\n${blocks.join("\n")}\n`;
}

/** Reads the `_headers` format back: a path line, then indented `Name: value` lines. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const current = rules[rules.length - 1];
    const colon = line.indexOf(":");
    if (!current || colon < 0) throw new Error(`_headers: "${line.trim()}" is not a "Name: value" line under a path`);
    current.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** Whether a `_headers` pattern (exact path, or a prefix ending in `*`) covers a URL path. */
export function patternMatches(pattern, urlPath) {
  return pattern.endsWith("*") ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern;
}

/** The headers the rules give one URL path; a later rule wins for the same header. */
export function headersFor(rules, urlPath) {
  const headers = {};
  for (const rule of rules) if (patternMatches(rule.pattern, urlPath)) Object.assign(headers, rule.headers);
  return headers;
}

/** Whether an image URL is on one of the IMAGE_HOSTS sources (CSP host-source matching). */
export function imageSourceAllowed(src, hosts) {
  let url;
  try {
    url = new URL(src);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return false;
  return hosts.some((source) => {
    const match = /^(?:(https?):\/\/)?(\*\.)?([^:/]+)(?::(\d+))?$/i.exec(source);
    if (!match) return false;
    const [, scheme, wildcard, host = "", port] = match;
    if (scheme && `${scheme.toLowerCase()}:` !== url.protocol) return false;
    if (!scheme && url.protocol !== "https:") return false;
    if (port && url.port !== port) return false;
    const hostname = url.hostname.toLowerCase();
    const wanted = host.toLowerCase();
    return wildcard ? hostname.endsWith(`.${wanted}`) : hostname === wanted;
  });
}
