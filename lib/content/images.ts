/**
 * Images an article shows from its own content root (DocFX writes `./media/…` relative to
 * the article file): found on disk, measured from the file's header (so pages give width
 * and height and nothing shifts as they load), and named for publishing by content hash
 * (`/_media/<hash>.<ext>`, the same file once however many articles show it). An image
 * that is absent, outside the content root, too large or of a format not measured here is
 * not published: pages show its alt text, and the content check says why (info).
 */
import { createHash } from "node:crypto";
import { readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import type { Definition, Root } from "mdast";
import { visit } from "unist-util-visit";
import type { DiagnosticSink } from "./diagnostics";
import type { ArticleImage } from "./model";

/** Where published images live in the site: not a locale (no language tag has an underscore). */
export const mediaFolder = "_media";
/** Larger images are not what a troubleshooting article shows; publishing them would bloat the site. */
export const maxImageBytes = 5 * 1024 * 1024;

export type ImageType = "png" | "jpeg" | "gif" | "svg";

export interface ImageSize {
  type: ImageType;
  width: number;
  height: number;
}

function svgLength(value: string | undefined): number | null {
  const match = value === undefined ? null : /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/.exec(value);
  return match ? Math.round(Number(match[1])) : null;
}

function svgSize(bytes: Uint8Array): ImageSize | null {
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  const tag = /<svg\b([^>]*)>/i.exec(head)?.[1];
  if (tag === undefined) return null;
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, "i").exec(tag)?.[1];
  const viewBox = attribute("viewBox")?.trim().split(/[\s,]+/).map(Number);
  const [, , boxWidth, boxHeight] = viewBox?.length === 4 && viewBox.every(Number.isFinite) ? viewBox : [];
  let width = svgLength(attribute("width"));
  let height = svgLength(attribute("height"));
  if (boxWidth && boxHeight) {
    width ??= height === null ? Math.round(boxWidth) : Math.round((height * boxWidth) / boxHeight);
    height ??= Math.round((width * boxHeight) / boxWidth);
  }
  return width && height ? { type: "svg", width, height } : null;
}

function jpegSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    // Start-of-frame markers (C0–CF, except DHT C4, JPG C8, DAC CC) hold the size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { type: "jpeg", height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    offset += 2 + view.getUint16(offset + 2);
  }
  return null;
}

/** The type and pixel size of a PNG, JPEG, GIF or SVG file, from its first bytes; null for anything else. */
export function imageSize(bytes: Uint8Array): ImageSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  let size: ImageSize | null = null;
  if (bytes.length >= 24 && starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) {
    size = { type: "png", width: view.getUint32(16), height: view.getUint32(20) };
  } else if (bytes.length >= 10 && starts(0x47, 0x49, 0x46, 0x38)) {
    size = { type: "gif", width: view.getUint16(6, true), height: view.getUint16(8, true) };
  } else if (bytes.length >= 4 && starts(0xff, 0xd8, 0xff)) {
    size = jpegSize(bytes, view);
  } else {
    size = svgSize(bytes);
  }
  return size && size.width > 0 && size.height > 0 ? size : null;
}

/** An SVG can carry script; opened on its own, it would run with the site's origin. */
function isActiveSvg(bytes: Uint8Array): boolean {
  const text = new TextDecoder().decode(bytes);
  return /<script\b|<foreignObject\b|\son\w+\s*=|javascript:/i.test(text);
}

const extensions: Record<ImageType, string> = { png: "png", jpeg: "jpg", gif: "gif", svg: "svg" };

/** A relative URL (`./media/a.png`, `media/a%20b.png`) as a path, or null for any other URL. */
function relativePath(url: string): string | null {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(url)) return null;
  const bare = url.replace(/[?#].*$/, "");
  try {
    return decodeURIComponent(bare);
  } catch {
    return null;
  }
}

function within(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

/**
 * The images of a parsed article that its content root holds. The root is the folder of
 * the article's locale folder (`<root>/<locale>/<slug>.md`): an image may sit anywhere
 * under it, never outside (a link like `../../secret.png` publishes nothing).
 */
export function resolveImages(tree: Root, articleFile: string, sink: DiagnosticSink): ArticleImage[] {
  const definitions = new Map<string, Definition>();
  visit(tree, "definition", (node) => {
    definitions.set(node.identifier, node);
  });
  const wanted: Array<{ src: string; line?: number; column?: number }> = [];
  visit(tree, (node) => {
    const at = node.position?.start;
    if (node.type === "image") wanted.push({ src: node.url, ...at });
    if (node.type === "imageReference") {
      const definition = definitions.get(node.identifier);
      if (definition) wanted.push({ src: definition.url, ...at });
    }
  });
  const root = path.dirname(path.dirname(path.resolve(articleFile)));
  const images = new Map<string, ArticleImage>();
  for (const { src, ...at } of wanted) {
    const relative = relativePath(src);
    if (relative === null || images.has(src)) continue;
    const image = resolveImage(src, path.resolve(path.dirname(articleFile), relative), root);
    if (typeof image === "string") sink.info(`image ${src} is not published: ${image}; its alt text is shown`, at);
    else images.set(src, image);
  }
  return [...images.values()];
}

function resolveImage(src: string, file: string, root: string): ArticleImage | string {
  let real: string;
  try {
    real = realpathSync(file);
    if (!within(realpathSync(root), real)) return "it is outside the content root";
    const stat = statSync(real);
    if (!stat.isFile()) return "it is not a file";
    if (stat.size > maxImageBytes) return `it is ${(stat.size / 1048576).toFixed(1)} MB; images are limited to ${maxImageBytes / 1048576} MB`;
  } catch {
    return `there is no ${path.relative(process.cwd(), file)}`;
  }
  const bytes = readFileSync(real);
  const size = imageSize(bytes);
  if (!size) return "it is not a PNG, JPEG, GIF or SVG image whose size can be read";
  if (size.type === "svg" && isActiveSvg(bytes)) return "the SVG holds script or event handlers";
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  return { src, file: path.relative(process.cwd(), real), url: `/${mediaFolder}/${hash}.${extensions[size.type]}`, width: size.width, height: size.height };
}
