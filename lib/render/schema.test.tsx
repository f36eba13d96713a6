import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderToStaticMarkup } from "react-dom/server";
import { ArticleMarkdown } from "@/components/ArticleMarkdown";
import { imageSourceAllowed } from "@/scripts/postbuild/headers.mjs";
import { IdRegistry } from "./ids";
import type { ArticleRenderOptions } from "./rehype-article";

function render(source: string, overrides: Partial<ArticleRenderOptions> = {}): string {
  const options = { ids: new IdRegistry(), resolveHref: (href: string) => href, alertTitles: { NOTE: "Nota", TIP: "Sugestão", IMPORTANT: "Importante", WARNING: "Aviso", CAUTION: "Cuidado" }, missingImageLabel: "Imagem não disponível", tableLabel: (n: number) => `Tabela ${n}`, ...overrides };
  return renderToStaticMarkup(<ArticleMarkdown source={source} options={options} topHeadingRank={2} />).replace(/^<div class="prose-article ">|<\/div>$/g, "");
}

describe("sanitising article HTML", () => {
  it("prefixes names and ids that could clobber DOM properties", () => {
    const html = render('<img name="querySelector" src="./x.png" alt="x"><div id="getElementById">a</div><p><a name="x" href="#y">l</a></p>\n');
    assert.doesNotMatch(html, /name="querySelector"|id="getElementById"/);
    assert.match(html, /id="user-content-getElementById"/);
    assert.match(html, /name="user-content-x"/, "a link's name is not an anchor: it stays prefixed");
  });

  it("keeps the article's anchors as they were written, so in-page links still land", () => {
    assert.equal(render('## <a name="the-vm"></a>A VM\n\nSee [it](#the-vm).\n'), '<h2 id="the-vm">A VM</h2>\n<p>See <a href="#the-vm">it</a>.</p>');
    assert.equal(render('Text <a id="step-one"></a>here.\n'), '<p id="step-one">Text here.</p>');
  });

  it("shows an external image as a link unless its host is allowed (IMAGE_HOSTS)", () => {
    const source = "![Diagrama](https://cdn.example.com/d.png)\n";
    assert.equal(
      render(source, { externalImageLabel: "Imagem externa (abrir)" }),
      '<p><a href="https://cdn.example.com/d.png" rel="noopener noreferrer" class="external-image"><span class="missing-image" role="img" aria-label="Diagrama">Imagem externa (abrir): Diagrama</span></a></p>',
    );
    const allowed = render(source, { externalImageAllowed: (src) => imageSourceAllowed(src, ["cdn.example.com"]) });
    assert.equal(allowed, '<p><img src="https://cdn.example.com/d.png" alt="Diagrama" loading="lazy"/></p>');
  });

  it("matches image hosts as a CSP host source does", () => {
    assert.ok(imageSourceAllowed("https://a.example.com/x.png", ["*.example.com"]));
    assert.ok(!imageSourceAllowed("https://example.com.evil.test/x.png", ["example.com"]));
    assert.ok(!imageSourceAllowed("http://example.com/x.png", ["example.com"]), "a bare host means https");
    assert.ok(imageSourceAllowed("http://example.com/x.png", ["http://example.com"]));
    assert.ok(!imageSourceAllowed("javascript:alert(1)", ["example.com"]));
  });
});
