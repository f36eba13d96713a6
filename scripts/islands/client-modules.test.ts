import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import type { IslandRecord } from "@/components/islands/define";
import { checkClientModules, isClientModule, keepRuntimeModule } from "./client-modules";

describe("client components are islands", () => {
  it("holds for this project: every client component is a registered island's, imported by its island and wrapper only", async () => {
    assert.deepEqual(await checkClientModules(process.cwd()), { problems: [], keepRuntime: [] });
  });

  it("reads the directive as the framework does: in the leading string statements only", () => {
    assert.equal(isClientModule('"use client";\nexport const a = 1;'), true);
    assert.equal(isClientModule("// why\n/* a\n  comment */\n'use strict';\n'use client'\nexport {}"), true);
    assert.equal(isClientModule('#!/usr/bin/env node\n"use client"'), true);
    assert.equal(isClientModule('import x from "y";\n"use client";'), false);
    assert.equal(isClientModule('const s = "use client";'), false);
    assert.equal(isClientModule('// "use client"\nexport {}'), false);
  });
});

describe("the check on a project that breaks it", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "islands-check-"));
  after(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  const registry: Record<string, IslandRecord> = {
    box: { component: "components/Box.tsx", island: { module: "components/box.island.ts", export: "boxIsland" }, wrapper: "components/BoxIsland.tsx" },
  };
  write("components/Box.tsx", '"use client";\nexport function Box() { return null; }\n');
  write("components/box.island.ts", 'import { Box } from "./Box";\nexport const boxIsland = { render: () => Box };\n');
  write("components/BoxIsland.tsx", 'import { Box } from "./Box";\nexport function BoxIsland() { return <div data-island="box"><Box /></div>; }\n');
  write("components/Counter.tsx", '"use client";\nexport default function Counter() { return null; }\n');
  write(keepRuntimeModule, "export function KeepFrameworkRuntime() { return null; }\n");
  write("app/layout.tsx", "export default function Layout({ children }: { children: unknown }) { return children; }\n");

  it("names a client component that is not an island, and the page that holds it", async () => {
    write("app/page.tsx", 'import Counter from "../components/Counter";\nimport { BoxIsland } from "../components/BoxIsland";\nexport default function Page() { return <><Counter /><BoxIsland /></>; }\n');
    const { problems } = await checkClientModules(root, registry);
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? "", /^components\/Counter\.tsx is a client component \("use client"\) but not an island, on app\/page\.tsx: .*components\/islands\/registry\.ts.*KeepFrameworkRuntime/);
  });

  it("lets a page that keeps the framework's runtime hold it", async () => {
    write("app/page.tsx", 'import Counter from "../components/Counter";\nimport { KeepFrameworkRuntime } from "../components/islands/KeepFrameworkRuntime";\nexport default function Page() { return <><KeepFrameworkRuntime /><Counter /></>; }\n');
    assert.deepEqual(await checkClientModules(root, registry), { problems: [], keepRuntime: ["app/page.tsx"] });
  });

  it("names a module that renders an island's component outside its wrapper", async () => {
    write("app/page.tsx", 'import { Box } from "../components/Box";\nexport default function Page() { return <Box />; }\n');
    write("components/Counter.tsx", "export default function Counter() { return null; }\n");
    const { problems } = await checkClientModules(root, registry);
    assert.deepEqual(problems, ["app/page.tsx imports the island box's component components/Box.tsx directly (on app/page.tsx): render it through components/BoxIsland.tsx, whose <Island> its script hydrates"]);
  });

  it("names a registered component that is not a client component", async () => {
    write("components/Box.tsx", "export function Box() { return null; }\n");
    const { problems } = await checkClientModules(root, registry);
    assert.ok(problems.includes('the island box\'s component components/Box.tsx is not a client component: it needs "use client" as its first line'));
  });
});
