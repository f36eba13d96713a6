/**
 * scripts/serve.mjs as an attacker or an unlucky operator meets it: the real server in its own
 * process, on a loopback port, over a temporary output folder beside a sibling folder.
 */
import assert from "node:assert/strict";
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { brotliCompressSync, gunzipSync, gzipSync } from "node:zlib";
import { formatHeadersFile, headerRules, immutableCacheControl } from "./postbuild/headers.mjs";

const base = mkdtempSync(path.join(tmpdir(), "error-guide-serve-"));
const out = path.join(base, "out");
const page = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body>${title} ${"x".repeat(2000)}</body></html>`;

function write(file: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
  writeFileSync(path.join(out, file), content);
}

function site(): void {
  write("index.html", page("Home"));
  write("index.html.gz", gzipSync(page("Home")));
  write("index.html.br", brotliCompressSync(page("Home")));
  write("404.html", page("Not here"));
  write("pt-PT/index.html", page("Início"));
  write("_islands/app.ABCD1234.js", "console.log(1);");
  write("big.bin", randomBytes(8 * 1024 * 1024));
  write("flaky/index.html", page("Flaky"));
  write("_headers", formatHeadersFile(headerRules({ scriptHashes: ["'sha256-abc='"] })));
  mkdirSync(path.join(base, "out-corpus"));
  writeFileSync(path.join(base, "out-corpus", "index.html"), "SIBLING SECRET");
  symlinkSync(path.join(base, "out-corpus", "index.html"), path.join(out, "leak.html"));
  symlinkSync("/dev/zero", path.join(out, "zero.html"));
  // A regular file by stat whose read fails (EIO): the old server died on it.
  symlinkSync("/proc/self/mem", path.join(out, "mem.html"));
  execFileSync("mkfifo", [path.join(out, "pipe.html")]);
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let server: ChildProcess;
let port = 0;

/** A raw request: the path goes on the wire as written (fetch would normalise `..` and `%2e`). */
function get(target: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: target, method: options.method ?? "GET", headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout: ${target}`)));
    req.on("error", reject);
    req.end();
  });
}

/** Starts a download and drops the connection once the first bytes arrive. */
function abortedDownload(target: string): Promise<void> {
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port, path: target, agent: false }, (res) => {
      res.once("data", () => {
        req.destroy();
        resolve();
      });
    });
    req.on("error", () => resolve());
    req.end();
  });
}

const openDescriptors = () => readdirSync(`/proc/${server.pid}/fd`).length;

/** A loopback port nobody listens on. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

before(async () => {
  site();
  const chosen = await freePort();
  server = spawn(process.execPath, [path.join(import.meta.dirname, "serve.mjs")], {
    env: { ...process.env, OUT_DIR: out, PORT: String(chosen), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  port = await new Promise<number>((resolve, reject) => {
    let output = "";
    server.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) resolve(Number(match[1]));
    });
    server.once("exit", (code) => reject(new Error(`the server exited (${code}): ${output}`)));
  });
});

after(() => {
  server.kill();
  rmSync(base, { recursive: true, force: true });
});

describe("the static server", () => {
  it("serves folders through their index.html and redirects a folder without its slash, keeping the query", async () => {
    const home = await get("/");
    assert.equal(home.status, 200);
    assert.match(home.body.toString(), /Home/);
    const folder = await get("/pt-PT?q=1");
    assert.equal(folder.status, 301);
    assert.equal(folder.headers.location, "/pt-PT/?q=1");
    assert.match((await get("/pt-PT/")).body.toString(), /Início/);
  });

  it("answers unknown paths with 404.html and status 404", async () => {
    const missing = await get("/no/such/page/");
    assert.equal(missing.status, 404);
    assert.match(missing.body.toString(), /Not here/);
  });

  it("never leaves the output folder: encoded separators, dot segments, symlinks", async () => {
    for (const target of ["/..%2Fout-corpus%2Findex.html", "/%2e%2e/out-corpus/index.html", "/..%5Cout-corpus%5Cindex.html", "/../out-corpus/index.html", "/leak.html", "/zero.html"]) {
      const reply = await get(target);
      assert.equal(reply.status, 404, target);
      assert.doesNotMatch(reply.body.toString(), /SIBLING SECRET/, target);
    }
  });

  it("does not open a FIFO (it would hang) or serve what is not a regular file", async () => {
    assert.equal((await get("/pipe.html")).status, 404);
  });

  it("redirects only to normalised same-origin paths", async () => {
    for (const target of ["/%2Fevil.example%2F..%2Fpt-PT", "//evil.example/../pt-PT", "/%2F%2Fevil.example/../pt-PT", "/.//pt-PT"]) {
      const reply = await get(target);
      assert.equal(reply.status, 301, target);
      assert.equal(reply.headers.location, "/pt-PT/", target);
    }
    const absolute = await get("http://evil.example/pt-PT?x=1");
    assert.equal(absolute.headers.location, "/pt-PT/?x=1", "an absolute-form target is answered by its path");
    const reply = await get("/%2Fevil.example");
    assert.equal(reply.status, 404);
    assert.equal(reply.headers.location, undefined);
  });

  it("answers GET and HEAD only", async () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
      const reply = await get("/", { method });
      assert.equal(reply.status, 405, method);
      assert.equal(reply.headers.allow, "GET, HEAD");
    }
    const head = await get("/", { method: "HEAD" });
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
  });

  it("answers a malformed URL with 400", async () => {
    for (const target of ["/%E0%A4%A", "/%", "/a%00b"]) assert.equal((await get(target)).status, 400, target);
  });

  it("sends the precompressed copy the client accepts, and none it refuses", async () => {
    const brotli = await get("/", { headers: { "accept-encoding": "gzip, br" } });
    assert.equal(brotli.headers["content-encoding"], "br");
    const gzip = await get("/", { headers: { "accept-encoding": "gzip" } });
    assert.equal(gzip.headers["content-encoding"], "gzip");
    assert.match(gunzipSync(gzip.body).toString(), /Home/);
    for (const refusal of ["gzip;q=0", "br;q=0, gzip;q=0", "identity"]) {
      const reply = await get("/", { headers: { "accept-encoding": refusal } });
      assert.equal(reply.headers["content-encoding"], undefined, refusal);
      assert.match(reply.body.toString(), /Home/);
    }
    assert.equal(brotli.headers.vary, "Accept-Encoding");
  });

  it("caches hashed assets for a year and revalidates pages (304 on a conditional request)", async () => {
    assert.equal((await get("/_islands/app.ABCD1234.js")).headers["cache-control"], immutableCacheControl);
    const home = await get("/");
    assert.match(String(home.headers["cache-control"]), /max-age=0, must-revalidate/);
    const etag = String(home.headers.etag);
    assert.ok(etag && home.headers["last-modified"]);
    const again = await get("/", { headers: { "if-none-match": etag } });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    const since = await get("/", { headers: { "if-modified-since": String(home.headers["last-modified"]) } });
    assert.equal(since.status, 304);
  });

  it("sends the security headers of _headers on every response", async () => {
    for (const [target, method] of [["/", "GET"], ["/nope", "GET"], ["/pt-PT", "GET"], ["/", "POST"], ["/%E0%A4%A", "GET"]] as const) {
      const { headers, status } = await get(target, { method });
      assert.match(String(headers["content-security-policy"]), /script-src 'self' 'sha256-abc='/, `${method} ${target} ${status}`);
      assert.match(String(headers["content-security-policy"]), /frame-ancestors 'none'/);
      assert.equal(headers["x-content-type-options"], "nosniff");
      assert.ok(headers["referrer-policy"]);
    }
    assert.equal((await get("/_headers")).status, 404, "the hosts' instructions are not served");
  });

  it("survives a file deleted and rewritten while it is served", async () => {
    const file = path.join(out, "flaky", "index.html");
    const statuses = new Set<number>();
    for (let round = 0; round < 40; round++) {
      const replies = [get("/flaky/"), get("/flaky/index.html")];
      unlinkSync(file);
      replies.push(get("/flaky/"));
      writeFileSync(file, page("Flaky"));
      for (const reply of await Promise.all(replies)) statuses.add(reply.status);
    }
    assert.ok([...statuses].every((status) => status === 200 || status === 404), [...statuses].join());
    assert.equal((await get("/")).status, 200, "the server still answers");
  });

  it("answers a file it cannot read with an error and keeps serving", async () => {
    const reply = await get("/mem.html");
    assert.ok(reply.status >= 400, String(reply.status));
    assert.equal((await get("/")).status, 200, "the server still answers");
  });

  it("closes the file of every download the client aborts", async () => {
    await get("/");
    const before = openDescriptors();
    for (let batch = 0; batch < 15; batch++) await Promise.all(Array.from({ length: 10 }, () => abortedDownload("/big.bin")));
    let now = openDescriptors();
    for (let wait = 0; wait < 50 && now > before; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      now = openDescriptors();
    }
    assert.ok(now <= before, `${now} descriptors open after 150 aborted downloads, ${before} before`);
    assert.equal((await get("/")).status, 200);
  });
});
