import assert from "node:assert/strict";
import { runInNewContext } from "node:vm";
import { describe, it } from "node:test";
import { parseText } from "../content/test-helpers";
import { caseTargets } from "./case-redirect";
import { Catalog } from "./catalog";
import { inlineDataAttribute, inlineScript } from "./inline-script";

/** Runs a page script against a stub browser; returns where it sent the visitor, if anywhere. */
function run(script: string, url: string, languages: string[] = [], attributes: Record<string, string> = {}): string | null {
  const { pathname, search, hash } = new URL(url, "http://site.test");
  let target: string | null = null;
  const location = { pathname, search, hash, replace: (to: string) => (target = to) };
  const document = { currentScript: { getAttribute: (name: string) => attributes[name] ?? null } };
  runInNewContext(script, { location, document, navigator: { languages, language: languages[0] } });
  return target;
}

const text = (codes: string[]) => `---\ntitle: T\n---\n# T\n\n${codes.map((code) => `## ${code}\n\n**Error code**: ${code}\n`).join("\n")}`;
const article = parseText(text(["UserErrorGuestAgentStatusUnavailable", "BackUpOperationFailed"]), "pt-PT/guide.md").article;
assert.ok(article);
const catalog = new Catalog({ articles: [article], diagnostics: [] });

describe("the 404 page's casing redirect", () => {
  const caseRedirect = inlineScript({ name: "case-redirect", data: caseTargets(catalog) });
  const run404 = (url: string) => run(caseRedirect.text, url, [], { [inlineDataAttribute]: caseRedirect.data ?? "" });

  it("sends other casings of a locale, a code or a section to the canonical page, keeping query and hash", () => {
    assert.equal(run404("/pt-pt/errors/usererrorguestagentstatusunavailable"), "/pt-PT/errors/UserErrorGuestAgentStatusUnavailable/");
    assert.equal(run404("/EN-us/Errors/BACKUPOPERATIONFAILED/?ref=mail#step-2"), "/en-US/errors/BackUpOperationFailed/?ref=mail#step-2");
    assert.equal(run404("/pt-pt/"), "/pt-PT/");
    assert.equal(run404("/de-de"), "/de-DE/");
    assert.equal(run404("/pt-PT/articles/GUIDE/"), "/pt-PT/articles/guide/");
  });

  it("sends a locale-less error link in another casing to the locale-less page", () => {
    assert.equal(run404("/errors/backupoperationfailed"), "/errors/BackUpOperationFailed/");
  });

  it("leaves unknown paths on the 404 page", () => {
    assert.equal(run404("/pt-PT/errors/NoSuchCode/"), null);
    assert.equal(run404("/fr-FR/errors/BackUpOperationFailed/"), null);
    assert.equal(run404("/articles/guide/"), null, "articles have no locale-less page");
    assert.equal(run404("/%E0%A4%A/"), null, "a malformed path is left alone");
  });

  it("does nothing on a canonical path, so it cannot loop", () => {
    assert.equal(run404("/pt-PT/errors/BackUpOperationFailed/"), null);
  });
});

describe("the locale-less redirect", () => {
  const paths = { "pt-PT": "/pt-PT/x/", "en-US": "/en-US/x/", "de-DE": "/de-DE/x/" };
  const redirect = inlineScript({ name: "locale-redirect", data: { preference: [["pt-PT", "en-US"], ["pt-PT", "en-US", "de-DE"]], fallback: "pt-PT", paths } });
  const go = (url: string, languages: string[] = []) => run(redirect.text, url, languages, { [inlineDataAttribute]: redirect.data ?? "" });

  it("takes the first browser language the best group has, by tag then by language", () => {
    assert.equal(go("/x/#step-1", ["en-US", "pt-PT"]), "/en-US/x/#step-1");
    assert.equal(go("/x/", ["en-GB"]), "/en-US/x/");
    assert.equal(go("/x/", ["pt-BR", "en-US"]), "/pt-PT/x/");
  });

  it("prefers a translated page to another browser language's fallback page", () => {
    assert.equal(go("/x/", ["de-DE", "en-US"]), "/en-US/x/");
    assert.equal(go("/x/", ["de-DE"]), "/de-DE/x/");
  });

  it("falls back to the source language", () => {
    assert.equal(go("/x/?q=1", ["ja-JP"]), "/pt-PT/x/?q=1");
    assert.equal(go("/x/", []), "/pt-PT/x/");
  });
});
