import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checklistStringsFor } from "@/lib/i18n";
import { jsonForScript } from "@/lib/script-json";
import { type ChecklistIslandProps, isChecklistIslandProps } from "./island";

const props: ChecklistIslandProps = {
  locale: "pt-PT",
  articleSlug: "article",
  entryId: "ErrorCode",
  code: "ErrorCode",
  message: "A message with </script> in it",
  steps: [{ id: "cause-1", n: 1, label: "Causa 1", title: "Title" }],
  related: { "cause-1": [{ entryId: "Other", code: "Other" }] },
  strings: checklistStringsFor("pt-PT"),
};

describe("checklist island props", () => {
  it("survive the page: JSON that cannot close its script element, read back whole", () => {
    const json = jsonForScript(props);
    assert.doesNotMatch(json, /<\/script|<!--/i);
    const read: unknown = JSON.parse(json);
    assert.ok(isChecklistIslandProps(read));
    assert.deepEqual(read, props);
  });

  it("are refused when damaged, so the page stays as the server rendered it", () => {
    for (const damaged of [null, [], { ...props, steps: "x" }, { ...props, strings: { progress: 1 } }, { ...props, related: { a: [{}] } }]) {
      assert.equal(isChecklistIslandProps(damaged), false);
    }
  });
});
