import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { type IslandRecord, isHydratedIsland } from "./define";
import { islandNames, islandRegistry } from "./registry";

describe("the island registry", () => {
  for (const name of islandNames) {
    const record: IslandRecord = islandRegistry[name];
    if (!isHydratedIsland(record)) {
      it(`${name}: its script ${record.script} exists`, () => assert.ok(existsSync(record.script)));
      continue;
    }
    const { island } = record;
    it(`${name}: ${island.module} exports ${island.export}, a definition with a props check and a render`, async () => {
      const module: Record<string, unknown> = await import(`../../${island.module}`);
      const definition = module[island.export];
      assert.ok(definition && typeof definition === "object", `${island.module} has no export ${island.export}`);
      assert.equal(typeof Reflect.get(definition, "isProps"), "function");
      assert.equal(typeof Reflect.get(definition, "render"), "function");
    });
  }

  it("names each island once, as a name its markup and its script's file name can carry", () => {
    assert.deepEqual(islandNames, Object.keys(islandRegistry));
    for (const name of islandNames) assert.match(name, /^[a-z][a-z0-9-]*$/);
  });
});
