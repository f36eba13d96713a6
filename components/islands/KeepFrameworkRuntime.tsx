import { keepRuntimeMetaName } from "./markup";

/**
 * The opt-out from lean pages: a page that renders this keeps the framework's runtime (and
 * its inline page data), so any client component on it works, at about 130 KB gzip of
 * JavaScript. The route module must import it itself, so the build's check
 * (scripts/islands/client-modules.ts) lets that route hold client components that are not
 * islands; the islands step then leaves its pages as they are. Say why in `reason`.
 */
export function KeepFrameworkRuntime({ reason }: { reason: string }) {
  return <meta name={keepRuntimeMetaName} content={reason} />;
}
