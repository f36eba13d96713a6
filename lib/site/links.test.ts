import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { resolveArticleHref, type LinkContext } from "./links";

const context: LinkContext = {
  locale: "en-US",
  slug: "seed",
  publishedUrl: "https://learn.microsoft.com/pt-pt/azure/backup/seed",
  anchorsOnPage: new Set(["shown-here"]),
  publishedSlugs: new Set(["seed", "sibling"]),
};

describe("links in articles", () => {
  it("keeps anchors the page shows and sends the others to the full article", () => {
    assert.equal(resolveArticleHref("#shown-here", context), "#shown-here");
    assert.equal(resolveArticleHref("#elsewhere", context), "/en-US/articles/seed/#elsewhere");
  });

  it("links sibling articles we publish to our own page", () => {
    assert.equal(resolveArticleHref("sibling.md#part", context), "/en-US/articles/sibling/#part");
  });

  it("sends other relative links to the vendor's published page", () => {
    assert.equal(
      resolveArticleHref("backup-instant-restore-capability.md#upgrading-to-instant-restore", context),
      "https://learn.microsoft.com/pt-pt/azure/backup/backup-instant-restore-capability#upgrading-to-instant-restore",
    );
    assert.equal(
      resolveArticleHref("../virtual-machines/linux/update-agent.md", context),
      "https://learn.microsoft.com/pt-pt/azure/virtual-machines/linux/update-agent",
    );
  });

  it("leaves a relative link as text when the article's published address is unknown", () => {
    assert.equal(resolveArticleHref("ec2-resource-limits.md", { ...context, publishedUrl: null }), null);
    assert.equal(resolveArticleHref("sibling.md", { ...context, publishedUrl: null }), "/en-US/articles/sibling/");
  });

  it("leaves absolute links alone", () => {
    assert.equal(resolveArticleHref("https://portal.azure.com/", context), "https://portal.azure.com/");
  });
});
