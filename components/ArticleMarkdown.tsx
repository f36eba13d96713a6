import Markdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import { markdownSyntax } from "@/lib/content/markdown";
import { remarkParseCache } from "@/lib/render/parse-cache";
import { rehypeRawHtml } from "@/lib/render/raw-html";
import { rehypeArticle } from "@/lib/render/rehype-article";
import type { PageRenderOptions } from "@/lib/site/render-options";
import { articleSchema } from "@/lib/render/schema";

interface Props {
  source: string;
  options: PageRenderOptions;
  /** The rank the fragment's shallowest heading takes on the page. */
  topHeadingRank: number;
  className?: string;
  lang?: string;
}

/** The syntax, then the parse cache that wraps its parser (a solution shared by many errors is parsed once). */
const remarkPlugins = [...markdownSyntax, remarkParseCache];

/** Renders article markdown on the server in the parser's dialect: raw HTML is parsed, then reduced to the safe subset. */
export function ArticleMarkdown({ source, options, topHeadingRank, className, lang }: Props) {
  if (!source.trim()) return null;
  return (
    <div className={`prose-article ${className ?? ""}`} lang={lang}>
      <Markdown
        remarkPlugins={remarkPlugins}
        rehypePlugins={[rehypeRawHtml, [rehypeSanitize, articleSchema], [rehypeArticle, { ...options, topHeadingRank }]]}
      >
        {source}
      </Markdown>
    </div>
  );
}
