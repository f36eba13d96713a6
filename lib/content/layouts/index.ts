/**
 * The layout detectors, in the order they are tried. Under each heading the first layout
 * that finds something wins, so the most specific forms come first:
 *
 * 1. code lines ("**Código de erro**: X") — code-lines.ts;
 * 2. a heading that is the code, followed by a key/value error table — code-heading-table.ts;
 * 3. error tables with a row per error (code column named or holding codes, or codes in cells) — table-rows.ts;
 * 4. bold list items ("**500001 ServerError**: …") — bold-list-items.ts;
 * 5. the code in the heading (bare, labelled, leading, paired, beside an error word) — heading-code.ts;
 * 6. codes in the sentences that show the error (own text, "Symptom"/"Description" part) — section-mentions.ts.
 *
 * When no heading gives an entry, the article layouts are tried: an article about one code
 * (single-code-article.ts). Adding a layout means adding a module and a line here.
 */
import { boldListItems } from "./bold-list-items";
import { codeHeadingTable } from "./code-heading-table";
import { codeLines } from "./code-lines";
import { headingCode } from "./heading-code";
import { sectionMentions } from "./section-mentions";
import { singleCodeArticle } from "./single-code-article";
import { tableRows } from "./table-rows";
import type { ArticleLayout, HeadingLayout } from "./types";

export type { ArticleContext, ArticleLayout, Draft, HeadingContext, HeadingLayout, Point, PrintedCode } from "./types";

export const headingLayouts: readonly HeadingLayout[] = [codeLines, codeHeadingTable, tableRows, boldListItems, headingCode, sectionMentions];

export const articleLayouts: readonly ArticleLayout[] = [singleCodeArticle];
