/**
 * What raw HTML in an article may become: the safe subset articles use
 * (anchors, line breaks, simple inline and list markup). Nothing executable,
 * no event handlers, no styles.
 *
 * Every `id` and `name` an article writes is prefixed (`user-content-`), so none can clobber
 * a DOM property: `<img name="querySelector">` would otherwise replace
 * `document.querySelector` and stop the page's scripts. The article's anchors (`<a name>`,
 * `<a id>`) are the exception the site's links rely on: rehypeArticle takes their name back
 * (anchorNameFromSanitised) and gives it to the heading or paragraph holding them, elements
 * a document never exposes by id.
 */
import { defaultSchema } from "rehype-sanitize";
import type { Options as SanitizeSchema } from "rehype-sanitize";

export const clobberPrefix = "user-content-";

export const articleSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix,
  clobber: ["ariaDescribedBy", "ariaLabelledBy", "id", "name"],
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), "name", "id"],
  },
};

/** The anchor name an article wrote, from its sanitised (prefixed) form. */
export function anchorNameFromSanitised(value: string): string {
  return value.startsWith(clobberPrefix) ? value.slice(clobberPrefix.length) : value;
}
