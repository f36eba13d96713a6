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
    tableLabel: (ordinal, columns) => `Tabela ${ordinal}: ${columns.join(", ")}`,
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

  it("shows an image the site publishes at its published URL, with its size, loaded lazily", () => {
    const html = render(
      "![Bloqueio](./media/x.png)\n",
      2,
      options({ localImage: (src) => (src === "./media/x.png" ? { url: "/_media/0123456789abcdef.png", width: 120, height: 40 } : null) }),
    );
    assert.equal(html, '<p><img src="/_media/0123456789abcdef.png" alt="Bloqueio" width="120" height="40" decoding="async" loading="lazy"/></p>');
  });

  it("gives each code block a copy button, hidden until the copy island shows it, when the page has one", () => {
    const html = render("```\nGet-AzVM\n```\n", 2, options({ copyCodeBlock: { label: "Copiar", name: "Copiar o código" } }));
    assert.equal(
      html,
      '<div class="code-block"><button type="button" hidden="" data-copy-button="" aria-label="Copiar o código" class="copy-button">Copiar</button><pre><code>Get-AzVM\n</code></pre></div>',
    );
    assert.equal(render("```\nGet-AzVM\n```\n"), "<pre><code>Get-AzVM\n</code></pre>");
  });

  it("leaves out the text's own title when the page prints it", () => {
    assert.equal(render("# Title\n\n## Section\n", 2, options({ withoutTitle: true })), "<h2>Section</h2>");
  });

  it("puts each table in a labelled region that scrolls by keyboard, numbered on the page", () => {
    const shared = options();
    const table = "| Operação | Detalhes do erro |\n| - | - |\n| 1 | 2 |\n";
    assert.match(render(table, 2, shared), /^<div class="table-scroll" role="region" aria-label="Tabela 1: Operação, Detalhes do erro" tabindex="0"><table>/);
    assert.match(render(table, 2, shared), /aria-label="Tabela 2: Operação, Detalhes do erro"/);
  });

  it("lets long codes in the text wrap between their words, and leaves code blocks alone", () => {
    assert.equal(
      render("## UserErrorRpCollectionLimitReached - limite\n\nUse `ExtensionSnapshotFailedNoNetwork`.\n\n```\nGet-AzVMExtensionImageType\n```\n"),
      "<h2>User<wbr/>Error<wbr/>Rp<wbr/>Collection<wbr/>Limit<wbr/>Reached - limite</h2>\n" +
        "<p>Use <code>Extension<wbr/>Snapshot<wbr/>Failed<wbr/>No<wbr/>Network</code>.</p>\n" +
        "<pre><code>Get-AzVMExtensionImageType\n</code></pre>",
    );
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
