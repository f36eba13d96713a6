/**
 * After `next build`: copies every image the content model publishes (lib/content/images.ts)
 * into the export, at the URL pages give it (`/_media/<content hash>.<ext>`). The model is
 * the one the build's content check wrote, so pages and files agree. Fails the build,
 * naming the image and the articles, when one cannot be copied: a page would show a
 * broken image.
 *
 * Usage: tsx scripts/publish-images.ts (the export folder is EXPORT_DIR, as for next build, or out/)
 */
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { loadContentCached } from "@/lib/content/cache";
import { mediaFolder } from "@/lib/content/images";

const outDir = process.env.EXPORT_DIR ?? "out";

/** Publishes the images into the export; throws, naming each, when one cannot be copied. Returns what it did. */
export function publishImages(): string {
  const target = path.join(outDir, mediaFolder);
  rmSync(target, { recursive: true, force: true });
  const byUrl = new Map<string, { file: string; articles: string[] }>();
  for (const article of loadContentCached().articles) {
    for (const image of article.images) {
      const published = byUrl.get(image.url) ?? { file: image.file, articles: [] };
      published.articles.push(article.file);
      byUrl.set(image.url, published);
    }
  }
  if (byUrl.size > 0) mkdirSync(target, { recursive: true });
  const failed: string[] = [];
  for (const [url, { file, articles }] of byUrl) {
    try {
      copyFileSync(file, path.join(outDir, url));
    } catch (error) {
      failed.push(`${file} (shown by ${articles.join(", ")}): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failed.length > 0) throw new Error(`images: ${failed.length} image(s) could not be published:\n  ${failed.join("\n  ")}`);
  return `images: ${byUrl.size} published in ${target}`;
}

// Run as a script (scripts/build.ts imports it instead).
if (require.main === module) {
  try {
    console.log(publishImages());
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
