/**
 * What raw HTML in an article may become: the safe subset articles use
 * (anchors, line breaks, simple inline and list markup). Nothing executable,
 * no event handlers, no styles; ids keep their original names because the
 * site's links rely on them.
 */
import { defaultSchema } from "rehype-sanitize";
import type { Options as SanitizeSchema } from "rehype-sanitize";

export const articleSchema: SanitizeSchema = {
  ...defaultSchema,
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), "name", "id"],
  },
};
