import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readVendorFrontMatter, vendorLinkUrl } from "./vendor";

describe("Microsoft Learn front matter", () => {
  it("reads provenance from ms.translationtype", () => {
    assert.equal(readVendorFrontMatter({ "ms.translationtype": "MT" }, "pt-PT", "a").provenance, "machine-translation");
    assert.equal(readVendorFrontMatter({ "ms.translationtype": "HT" }, "de-DE", "a").provenance, "human-translation");
    assert.equal(readVendorFrontMatter({}, "en-US", "a").provenance, "original");
  });

  it("publishes an Azure article under its own service, in its own locale", () => {
    const spot = readVendorFrontMatter({ "ms.service": "virtual-machines" }, "pt-PT", "error-codes-spot");
    assert.equal(spot.publishedUrl, "https://learn.microsoft.com/pt-pt/azure/virtual-machines/error-codes-spot");
    const iot = readVendorFrontMatter({ "ms.service": "iot-hub" }, "en-US", "iot-hub-troubleshoot-error-500xxx-internal-errors");
    assert.equal(iot.publishedUrl, "https://learn.microsoft.com/en-us/azure/iot-hub/iot-hub-troubleshoot-error-500xxx-internal-errors");
  });

  it("takes the exact path from original_content_git_url", () => {
    const media = readVendorFrontMatter(
      {
        "ms.service": "media-services",
        original_content_git_url: "https://github.com/MicrosoftDocs/azure-docs-pr/blob/live/articles/media-services/previous/media-services-error-codes.md",
      },
      "pt-PT",
      "media-services-error-codes",
    );
    assert.equal(media.publishedUrl, "https://learn.microsoft.com/pt-pt/azure/media-services/previous/media-services-error-codes");
  });

  it("knows no address for other vendors, docsets outside Azure, or services in unnamed sub-folders", () => {
    assert.equal(readVendorFrontMatter({}, "en-US", "troubleshooting-launch").publishedUrl, null);
    assert.equal(readVendorFrontMatter({ "ms.prod": "w10" }, "en-US", "upgrade-error-codes").publishedUrl, null);
    assert.equal(readVendorFrontMatter({ "ms.service": "azure-stack" }, "pt-PT", "azure-stack-usage-related-faq").publishedUrl, null);
  });
});

describe("links to the vendor's pages", () => {
  const base = "https://learn.microsoft.com/pt-pt/azure/virtual-machines/error-codes-spot";
  it("resolves relative links against the article's page, without .md", () => {
    assert.equal(vendorLinkUrl(base, "./linux/spot-vms.md"), "https://learn.microsoft.com/pt-pt/azure/virtual-machines/linux/spot-vms");
    assert.equal(vendorLinkUrl(base, "../iot-hub/x.md#part"), "https://learn.microsoft.com/pt-pt/azure/iot-hub/x#part");
  });

  it("gives nothing without a published address", () => {
    assert.equal(vendorLinkUrl(null, "spot-vms.md"), null);
  });
});
