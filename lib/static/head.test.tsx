import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderToStaticMarkup } from "react-dom/server";
import { HeadTags, mergeMetadata, unsupportedMetadata } from "./head";

const assets = { stylesheet: "/_assets/site.abc.css", icon: "/icon.svg?123" };

describe("HeadTags", () => {
  it("writes the tags Next.js writes for the metadata the routes use, in its order", () => {
    const metadata = {
      title: "Código <X>",
      description: 'Say "hi"',
      robots: { index: false, follow: true },
      alternates: { canonical: "https://example.com/pt-PT/", languages: { "en-US": "https://example.com/en-US/", "pt-PT": "https://example.com/pt-PT/" } },
    };
    assert.deepEqual(unsupportedMetadata(metadata), []);
    assert.equal(
      renderToStaticMarkup(<HeadTags metadata={metadata} assets={assets} />),
      '<meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>' +
        '<link rel="stylesheet" href="/_assets/site.abc.css" data-precedence="site"/>' +
        "<title>Código &lt;X&gt;</title>" +
        '<meta name="description" content="Say &quot;hi&quot;"/><meta name="robots" content="noindex, follow"/>' +
        '<link rel="canonical" href="https://example.com/pt-PT/"/>' +
        '<link rel="alternate" hrefLang="en-US" href="https://example.com/en-US/"/><link rel="alternate" hrefLang="pt-PT" href="https://example.com/pt-PT/"/>' +
        '<link rel="icon" href="/icon.svg?123" sizes="any" type="image/svg+xml"/>',
    );
  });

  it("writes nothing for metadata a page does not give", () => {
    assert.equal(
      renderToStaticMarkup(<HeadTags metadata={{}} assets={{ ...assets, icon: null }} />),
      '<meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_assets/site.abc.css" data-precedence="site"/>',
    );
  });
});

describe("unsupportedMetadata", () => {
  it("names every field it would otherwise drop", () => {
    assert.deepEqual(
      unsupportedMetadata({
        title: { default: "A", template: "%s | B" },
        openGraph: { title: "A" },
        robots: { index: true, googleBot: { index: false } },
        alternates: { canonical: { url: "/a" }, media: { x: "/b" }, languages: { "en-US": [{ url: "/en-US/", title: "English" }] } },
      }),
      [
        "metadata.openGraph",
        "metadata.title as a template (only a string is written)",
        "metadata.robots.googleBot",
        "metadata.alternates.media",
        "metadata.alternates.canonical as an object",
        "metadata.alternates.languages.en-US as a list (only a URL string is written)",
      ],
    );
  });
});

describe("mergeMetadata", () => {
  it("takes a page's fields over its layouts', field by field", () => {
    assert.deepEqual(mergeMetadata([{ title: "Layout", description: "Layout" }, { title: "Page" }]), { title: "Page", description: "Layout" });
  });
});
