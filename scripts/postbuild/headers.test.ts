import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import {
  cacheControlFor,
  contentSecurityPolicy,
  formatHeadersFile,
  frameAncestorsFrom,
  headerRules,
  headersFor,
  imageHostsFrom,
  immutableCacheControl,
  inlineScripts,
  parseHeadersFile,
  scriptHash,
} from "./headers.mjs";

describe("the site's headers", () => {
  it("hashes executable inline scripts only (not JSON data blocks or external scripts)", () => {
    const html = `<script>a()</script><script type="application/json">{"x":1}</script><script type="module" src="/x.js"></script><script type="module">b()</script>`;
    assert.deepEqual(inlineScripts(html), ["a()", "b()"]);
    assert.equal(scriptHash("a()"), `'sha256-${createHash("sha256").update("a()").digest("base64")}'`);
  });

  it("allows our scripts, hashed inline ones, no inline or third-party script, and no framing by default", () => {
    const policy = contentSecurityPolicy({ scriptHashes: ["'sha256-x='"] });
    assert.match(policy, /script-src 'self' 'sha256-x=';/);
    assert.doesNotMatch(policy, /unsafe-inline'[^;]*;.*script|script-src[^;]*unsafe/);
    assert.match(policy, /frame-ancestors 'none'/);
    assert.match(policy, /img-src 'self' data:;/);
  });

  it("reads FRAME_ANCESTORS and IMAGE_HOSTS as source lists and refuses anything else", () => {
    assert.deepEqual(frameAncestorsFrom({}), ["'none'"]);
    assert.deepEqual(frameAncestorsFrom({ FRAME_ANCESTORS: "'self' https://intranet.example.com" }), ["'self'", "https://intranet.example.com"]);
    assert.deepEqual(imageHostsFrom({ IMAGE_HOSTS: "learn.microsoft.com,*.example.com" }), ["learn.microsoft.com", "*.example.com"]);
    assert.throws(() => frameAncestorsFrom({ FRAME_ANCESTORS: "https://x.example; script-src *" }), /not a CSP source/);
    assert.throws(() => frameAncestorsFrom({ FRAME_ANCESTORS: "'none' 'self'" }), /cannot be combined/);
  });

  it("fails the build rather than send a policy too long for proxies", () => {
    const hashes = Array.from({ length: 200 }, (_, n) => scriptHash(String(n)));
    assert.throws(() => contentSecurityPolicy({ scriptHashes: hashes }), /inline scripts must be the same on every page/);
  });

  it("writes _headers that reads back to the same rules, with immutable hashed folders", () => {
    const rules = headerRules({ scriptHashes: ["'sha256-x='"] });
    assert.deepEqual(parseHeadersFile(formatHeadersFile(rules)), rules);
    assert.equal(headersFor(rules, "/_next/static/chunks/a.js")["Cache-Control"], immutableCacheControl);
    assert.equal(headersFor(rules, "/pt-PT/")["Cache-Control"], undefined, "hosts revalidate pages by default");
    assert.equal(headersFor(rules, "/pt-PT/")["X-Content-Type-Options"], "nosniff");
    assert.match(cacheControlFor("/pt-PT/search-index.json"), /must-revalidate/);
  });
});
