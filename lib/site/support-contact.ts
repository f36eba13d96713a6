/**
 * Where a customer reaches support when no step of a checklist fixed the problem: the
 * `SUPPORT_CONTACT_URL` environment variable, read once at build time (the site is
 * static). Unset or empty: no contact link. Set to something that is not an http(s) or
 * mailto address: the build stops, rather than ship a link that leads nowhere.
 */
export const supportContactVariable = "SUPPORT_CONTACT_URL";

const allowedProtocols = new Set(["https:", "http:", "mailto:"]);

export function supportContactUrl(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const raw = env[supportContactVariable]?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${supportContactVariable}="${raw}" is not an absolute URL. Hint: set it to an https:// or mailto: address, or leave it unset.`);
  }
  if (!allowedProtocols.has(url.protocol)) {
    throw new Error(`${supportContactVariable}="${raw}" uses ${url.protocol}; only https:, http: and mailto: links are allowed.`);
  }
  return url.toString();
}
