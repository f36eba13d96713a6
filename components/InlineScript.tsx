import { inlineScriptAttribute } from "@/components/islands/markup";
import { type InlineScriptCall, inlineScript } from "@/lib/site/inline-script";

/** One of our inline scripts (lib/site/inline/), marked as ours so that lean pages keep it. */
export function InlineScript(call: InlineScriptCall) {
  return <script {...{ [inlineScriptAttribute]: call.name }} dangerouslySetInnerHTML={{ __html: inlineScript(call) }} />;
}
