import { inlineScriptAttribute } from "@/components/islands/markup";
import { type InlineScriptCall, inlineDataAttribute, inlineScript } from "@/lib/site/inline-script";

/** One of our inline scripts (lib/site/inline/), marked as ours so that lean pages keep it. */
export function InlineScript(call: InlineScriptCall) {
  const { text, data } = inlineScript(call);
  const attributes = data === null ? { [inlineScriptAttribute]: call.name } : { [inlineScriptAttribute]: call.name, [inlineDataAttribute]: data };
  return <script {...attributes} dangerouslySetInnerHTML={{ __html: text }} />;
}
