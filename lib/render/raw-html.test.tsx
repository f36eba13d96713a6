import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { renderToString } from "react-dom/server";
import Markdown from "react-markdown";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { loadContent } from "@/lib/content/loader";
import { rehypeRawHtml } from "./raw-html";
import { articleSchema } from "./schema";

/** Markdown → sanitised HTML as React writes it (adjacent texts show as `<!-- -->`), raw HTML parsed by the given plugin. */
function html(source: string, raw: typeof rehypeRaw | typeof rehypeRawHtml): string {
  return renderToString(
    <Markdown remarkPlugins={[remarkGfm]} rehypePlugins={[raw, [rehypeSanitize, articleSchema]]}>
      {source}
    </Markdown>,
  );
}

describe("raw HTML, parsed only when there is some", () => {
  it("is still parsed", () => {
    assert.equal(html('## <a name="x"></a>Title<br>next\n', rehypeRawHtml), '<h2><a name="user-content-x"></a>Title<br/>next</h2>', "the sanitiser prefixes names (rehypeArticle takes anchors back)");
  });

  it("leaves every fragment of our content and of the corpus as parsing it always does", (t) => {
    const root = path.join(import.meta.dirname, "../..");
    const corpus = path.join(root, "../shared/corpus");
    if (!existsSync(corpus)) t.diagnostic(`${corpus} is absent: only our content is compared`);
    const { articles } = loadContent([path.join(root, "content"), corpus].filter((dir) => existsSync(dir)));
    const fragments = new Set(
      articles.flatMap((article) => article.entries.flatMap((entry) => [entry.intro, entry.body, ...entry.steps.map((step) => step.solution ?? "")])),
    );
    for (const fragment of fragments) assert.equal(html(fragment, rehypeRawHtml), html(fragment, rehypeRaw), fragment.slice(0, 80));
    assert.ok(fragments.size > 100, `${fragments.size} fragments`);
  });
});
