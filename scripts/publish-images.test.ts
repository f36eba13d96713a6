import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";

describe("publish-images: the images of the model, copied into the export", () => {
  const base = mkdtempSync(path.join(tmpdir(), "error-guide-publish-"));
  after(() => rmSync(base, { recursive: true, force: true }));
  const root = path.join(base, "content");
  const exportDir = path.join(base, "out");
  mkdirSync(path.join(root, "pt-PT", "media"), { recursive: true });
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="90" height="30"><rect width="90" height="30"/></svg>';
  writeFileSync(path.join(root, "pt-PT", "media", "chart.svg"), svg);
  writeFileSync(path.join(root, "pt-PT", "guide.md"), "# Guide\n\n![Chart](./media/chart.svg)\n\n![Absent](./media/absent.png)\n");
  const run = () =>
    execFileSync(process.execPath, ["--import", "tsx", "scripts/publish-images.ts"], {
      env: { ...process.env, CONTENT_DIR: root, EXPORT_DIR: exportDir },
      encoding: "utf8",
    });

  it("writes each image at its URL under _media, and only those", () => {
    mkdirSync(path.join(exportDir, "_media"), { recursive: true });
    writeFileSync(path.join(exportDir, "_media", "stale.png"), "");
    assert.match(run(), /^images: 1 published/);
    const files = execFileSync("ls", [path.join(exportDir, "_media")], { encoding: "utf8" }).trim().split("\n");
    assert.equal(files.length, 1);
    assert.match(files[0] ?? "", /^[0-9a-f]{16}\.svg$/);
    assert.equal(readFileSync(path.join(exportDir, "_media", files[0] ?? ""), "utf8"), svg);
    assert.equal(existsSync(path.join(exportDir, "_media", "stale.png")), false);
  });
});
