import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderToStaticMarkup } from "react-dom/server";
import { IdRegistry } from "@/lib/render/ids";
import type { PageRenderOptions } from "@/lib/site/render-options";
import { ArticleMarkdown } from "./ArticleMarkdown";

function options(overrides: Partial<PageRenderOptions> = {}): PageRenderOptions {
  return {
    ids: new IdRegistry(),
    resolveHref: (href) => href,
    alertTitles: { NOTE: "Nota", TIP: "Sugestão", IMPORTANT: "Importante", WARNING: "Aviso", CAUTION: "Cuidado" },
    missingImageLabel: "Imagem não disponível",
    ...overrides,
  };
}

function render(source: string, topHeadingRank = 2, opts = options()): string {
  const html = renderToStaticMarkup(<ArticleMarkdown source={source} options={opts} topHeadingRank={topHeadingRank} />);
  return html.replace(/^<div class="prose-article ">|<\/div>$/g, "");
}

describe("rendering article markdown", () => {
  it("gives a heading the id of its anchor and keeps the text", () => {
    assert.equal(render('## <a name="the-vm"></a>A VM\n'), '<h2 id="the-vm">A VM</h2>');
  });

  it("moves headings to the page's outline", () => {
    assert.equal(render("#### Solução\n\n##### Mais\n", 4), "<h4>Solução</h4>\n<h5>Mais</h5>");
  });

  it("keeps ids unique on a page", () => {
    const shared = options();
    render('#### <a name="solution"></a>Solução\n', 4, shared);
    assert.equal(render('#### <a name="solution"></a>Solução\n', 4, shared), '<h4 id="solution-2">Solução</h4>');
  });

  it("gives a heading with two anchors both ids", () => {
    assert.equal(render('## <a name="one"></a><a name="two"></a>Title\n'), '<h2 id="one"><span id="two"></span>Title</h2>');
  });

  it("turns <br> into line breaks", () => {
    assert.equal(render("one<br>\ntwo\n"), "<p>one<br/>\ntwo</p>");
  });

  it("turns a DocFX note into a titled note", () => {
    assert.equal(
      render("> [!NOTE]\n> Text here.\n"),
      '<aside class="alert alert-note"><p class="alert-title">Nota</p>\n<p>Text here.</p>\n</aside>',
    );
  });

  it("shows an image the site cannot serve as its alt text", () => {
    assert.equal(
      render("![Bloqueio](./media/x.png)\n"),
      '<p><span class="missing-image" role="img" aria-label="Bloqueio">Imagem não disponível: Bloqueio</span></p>',
    );
  });

  it("lets tables scroll on a phone", () => {
    assert.match(render("| a | b |\n| - | - |\n| 1 | 2 |\n"), /^<div class="table-scroll"><table>/);
  });

  it("resolves links through the page's resolver", () => {
    const html = render("[x](other.md)\n", 2, options({ resolveHref: () => "https://example.com/other" }));
    assert.equal(html, '<p><a href="https://example.com/other" rel="noopener">x</a></p>');
  });
});

describe("raw HTML from an article is never executed", () => {
  it("drops scripts and event handlers", () => {
    const html = render('<script>alert(1)</script>\n\n<img src="x" onerror="alert(1)">\n\n<p onclick="alert(1)">hi</p>\n');
    assert.doesNotMatch(html, /<script|onerror|onclick|alert\(1\)<\/script>/);
  });

  it("drops javascript: links", () => {
    const html = render('[click](javascript:alert(1))\n\n<a href="javascript:alert(1)">raw</a>\n');
    assert.doesNotMatch(html, /javascript:/);
  });

  it("drops iframes, styles and forms", () => {
    const html = render('<iframe src="https://evil.example"></iframe>\n\n<style>body{}</style>\n\n<form action="/x"><input name="a"></form>\n');
    assert.doesNotMatch(html, /<iframe|<style|<form/);
  });
});
