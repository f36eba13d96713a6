import type { ReactNode } from "react";
import { jsonForScript } from "@/lib/script-json";
import { islandAttributes } from "./markup";
import type { IslandName } from "./registry";
import { noteIslandRendered } from "./rendered";

/**
 * A client component rendered on the server like any other, inside a marked element, with
 * its props embedded as JSON beside it: the island's browser script (components/islands/registry.ts)
 * hydrates it from them on published pages; `next dev` hydrates it as usual.
 */
export function Island({ name, props, children }: { name: IslandName; props: unknown; children: ReactNode }) {
  noteIslandRendered(name);
  return (
    <>
      <div {...{ [islandAttributes.root]: name }}>{children}</div>
      <script type="application/json" {...{ [islandAttributes.props]: name }} dangerouslySetInnerHTML={{ __html: jsonForScript(props) }} />
    </>
  );
}
