import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readRouteModule } from "./route-module";

describe("readRouteModule", () => {
  it("takes the App Router exports the app uses", () => {
    const Page = () => null;
    const generateStaticParams = () => [{ code: "A" }];
    const module = readRouteModule("app/page.tsx", { default: Page, generateStaticParams, metadata: { title: "T" }, dynamicParams: false });
    assert.deepEqual(module, { component: Page, generateStaticParams, metadata: { title: "T" } });
  });

  it("names each export it does not implement and each value a static site cannot honour", () => {
    const module = readRouteModule("app/x/page.tsx", { default: "not a component", revalidate: 60, POST: () => null, dynamicParams: true, dynamic: "force-dynamic" });
    assert.deepEqual(module, {
      problems: [
        'app/x/page.tsx: the export "revalidate" is not implemented by the static renderer (lib/static)',
        'app/x/page.tsx: the export "POST" is not implemented by the static renderer (lib/static)',
        "app/x/page.tsx: dynamicParams must be false on a static site",
        'app/x/page.tsx: dynamic must be "force-static" on a static site',
        "app/x/page.tsx: the default export is not a component",
      ],
    });
    assert.deepEqual(readRouteModule("app/y/route.ts", null), { problems: ["app/y/route.ts: the module has no exports"] });
  });
});
