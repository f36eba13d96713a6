import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { crc32, deflateSync } from "node:zlib";
import { parseArticle } from "./article";
import { imageSize } from "./images";

/** A real PNG of that size (white pixels), as a browser would show it. */
function pngFile(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.concat(Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(width, 255)])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(rows)), chunk("IEND", Buffer.alloc(0))]);
}

const gif = Buffer.from("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==", "base64");
/** The start of a JPEG: SOI, an APP0 segment, then a baseline frame header of 640 × 480. */
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x4a, 0x46, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03]);

describe("imageSize: the pixel size from a file's first bytes", () => {
  it("reads PNG, GIF and JPEG headers", () => {
    assert.deepEqual(imageSize(pngFile(120, 40)), { type: "png", width: 120, height: 40 });
    assert.deepEqual(imageSize(gif), { type: "gif", width: 1, height: 1 });
    assert.deepEqual(imageSize(jpeg), { type: "jpeg", width: 640, height: 480 });
  });

  it("reads an SVG's width and height, or its viewBox", () => {
    const svg = (attributes: string) => Buffer.from(`<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${attributes}></svg>`);
    assert.deepEqual(imageSize(svg('width="300px" height="150"')), { type: "svg", width: 300, height: 150 });
    assert.deepEqual(imageSize(svg('viewBox="0 0 64 32"')), { type: "svg", width: 64, height: 32 });
    assert.deepEqual(imageSize(svg('width="128" viewBox="0 0 64 32"')), { type: "svg", width: 128, height: 64 });
    assert.equal(imageSize(svg('width="100%"')), null);
  });

  it("knows nothing else", () => {
    assert.equal(imageSize(Buffer.from("RIFF....WEBPVP8 ")), null);
    assert.equal(imageSize(Buffer.alloc(0)), null);
    assert.equal(imageSize(pngFile(1, 1).subarray(0, 20)), null);
  });
});

describe("an article's images, from its content root", () => {
  const base = mkdtempSync(path.join(tmpdir(), "error-guide-images-"));
  after(() => rmSync(base, { recursive: true, force: true }));
  const root = path.join(base, "content");
  mkdirSync(path.join(root, "pt-PT", "media", "guide"), { recursive: true });
  writeFileSync(path.join(root, "pt-PT", "media", "guide", "lock.png"), pngFile(120, 40));
  writeFileSync(path.join(root, "pt-PT", "media", "guide", "flow chart.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="90" height="30"></svg>');
  writeFileSync(path.join(root, "pt-PT", "media", "guide", "active.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="3" onload="alert(1)"></svg>');
  writeFileSync(path.join(base, "secret.png"), pngFile(2, 2));
  symlinkSync(path.join(base, "secret.png"), path.join(root, "pt-PT", "media", "link.png"));
  const file = path.join(root, "pt-PT", "guide.md");
  const markdown = [
    "# Guide",
    "![Bloqueio](./media/guide/lock.png)",
    "![Fluxo](media/guide/flow%20chart.svg \"title\")",
    "![Again][lock]",
    "![Absent](./media/guide/absent.png)",
    "![Outside](../../secret.png)",
    "![Linked out](./media/link.png)",
    "![Active](./media/guide/active.svg)",
    "![Remote](https://example.com/a.png)",
    "",
    "[lock]: ./media/guide/lock.png",
  ].join("\n\n");
  const parsed = parseArticle({ file, locale: "pt-PT", slug: "guide", bytes: Buffer.from(markdown) });

  it("publishes the images the root holds, by content hash, with their size", () => {
    const images = parsed.article?.images ?? [];
    assert.deepEqual(
      images.map(({ src, width, height }) => ({ src, width, height })),
      [
        { src: "./media/guide/lock.png", width: 120, height: 40 },
        { src: "media/guide/flow%20chart.svg", width: 90, height: 30 },
      ],
    );
    assert.match(images[0]?.url ?? "", /^\/_media\/[0-9a-f]{16}\.png$/);
    assert.match(images[1]?.url ?? "", /^\/_media\/[0-9a-f]{16}\.svg$/);
  });

  it("says (info) why the others are shown as their alt text: absent, outside the root, or an SVG with script", () => {
    const messages = parsed.diagnostics.filter((d) => d.message.startsWith("image ")).map((d) => `${d.severity} ${d.line}: ${d.message}`);
    assert.deepEqual(
      messages.map((message) => message.replace(/there is no [^;]+/, "there is no …")),
      [
        "info 9: image ./media/guide/absent.png is not published: there is no …; its alt text is shown",
        "info 11: image ../../secret.png is not published: it is outside the content root; its alt text is shown",
        "info 13: image ./media/link.png is not published: it is outside the content root; its alt text is shown",
        "info 15: image ./media/guide/active.svg is not published: the SVG holds script or event handlers; its alt text is shown",
      ],
    );
  });
});
