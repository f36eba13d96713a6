import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseArticle } from "./article";
import { parseFile, parseText, seedFile } from "./test-helpers";

const seed = parseFile(seedFile);
const article = seed.article;
if (!article) throw new Error("the seed article did not parse");
const entry = (id: string) => {
  const found = article.entries.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

describe("the seed article", () => {
  it("has 10 entries with 11 codes, in document order", () => {
    assert.deepEqual(
      article.entries.map((e) => e.codes),
      [
        ["UserErrorGuestAgentStatusUnavailable"],
        ["GuestAgentSnapshotTaskStatusError"],
        ["UserErrorRpCollectionLimitReached"],
        ["UserErrorKeyvaultPermissionsNotConfigured"],
        ["ExtensionSnapshotFailedNoNetwork"],
        ["ExtentionOperationFailedForManagedDisks"],
        ["BackUpOperationFailed", "BackUpOperationFailedV2"],
        ["UserErrorUnsupportedDiskSize"],
        ["UserErrorStandardSSDNotSupported"],
        ["UserErrorBackupOperationInProgress"],
      ],
    );
  });

  it("gives each entry its number of steps", () => {
    assert.deepEqual(
      article.entries.map((e) => e.steps.length),
      [5, 3, 2, 0, 3, 4, 6, 0, 0, 4],
    );
  });

  it("uses the first code as the entry id", () => {
    assert.equal(entry("BackUpOperationFailed").id, "BackUpOperationFailed");
    assert.equal(entry("BackUpOperationFailed").visibleCodes.join(" "), "BackUpOperationFailed BackUpOperationFailedV2");
  });

  it("reads the metadata from the front matter and the H1", () => {
    assert.equal(article.locale, "pt-PT");
    assert.equal(
      article.title,
      "Resolver problemas de falhas de cópia de segurança do Azure: Problemas com o agente ou a extensão",
    );
    assert.equal(article.service, "backup");
    assert.equal(article.date, "12/03/2018");
    assert.match(article.description, /^Os sintomas, causas e resoluções/);
  });

  it("reads code, message and heading of an entry", () => {
    const first = entry("UserErrorGuestAgentStatusUnavailable");
    assert.equal(first.message, "Agente de VM não é possível comunicar com o Azure Backup");
    assert.equal(first.anchor, "UserErrorGuestAgentStatusUnavailable-vm-agent-unable-to-communicate-with-azure-backup");
    assert.equal(first.line, 25);
    assert.match(first.intro, /^Depois de registar e agendar uma VM/);
    assert.doesNotMatch(first.intro, /Código de erro|Fazer com que/);
  });

  it("recognises cause lines by their shape, whatever the label says", () => {
    const steps = entry("UserErrorGuestAgentStatusUnavailable").steps;
    assert.deepEqual(
      steps.map((s) => [s.n, s.label, s.id]),
      [
        [1, "Fazer com que 1", "the-agent-installed-in-the-vm-but-unresponsive-for-windows-vms"],
        [2, "Causa 2", "the-agent-installed-in-the-vm-is-out-of-date-for-linux-vms"],
        [3, "Causa 3", "the-snapshot-status-cannot-be-retrieved-or-a-snapshot-cannot-be-taken"],
        [4, "Fazer com que 4", "the-backup-extension-fails-to-update-or-load"],
        [5, "Fazer com que 5", "the-vm-has-no-internet-access"],
      ],
    );
    assert.equal(steps[0]?.title, "O agente está instalado na VM, mas ele não está a responder (para VMs do Windows)");
    assert.deepEqual(
      entry("UserErrorRpCollectionLimitReached").steps.map((s) => [s.label, s.target]),
      [
        ["Passo 1", "remove_lock_from_the_recovery_point_resource_group"],
        ["Passo 2", "clean_up_restore_point_collection"],
      ],
    );
  });

  it("takes a step's solution from the section its anchor points to", () => {
    const noInternet = entry("UserErrorGuestAgentStatusUnavailable").steps[4];
    assert.match(noInternet?.solution ?? "", /^Pelo requisito de implementação/);
    assert.match(noInternet?.solution ?? "", /#### <a name="solution"><\/a>Solução/);
    assert.doesNotMatch(noInternet?.solution ?? "", /O agente está instalado/, "stops at the next H3");

    const snapshot = entry("UserErrorGuestAgentStatusUnavailable").steps[2];
    assert.match(snapshot?.solution ?? "", /\| Causa +\| Solução/, "tables are included");

    const cleanUp = entry("UserErrorRpCollectionLimitReached").steps[1];
    assert.match(cleanUp?.solution ?? "", /clean-up-restore-point-collection-by-running-ad-hoc-backup/);
    assert.match(cleanUp?.solution ?? "", /clean-up-restore-point-collection-from-azure-portal/);
    assert.match(cleanUp?.solution ?? "", /Repita a operação de cópia de segurança novamente\.$/, "both H4 sub-procedures");
  });

  it("keeps a step whose anchor is missing, without a solution, and warns with file and line", () => {
    const step = entry("BackUpOperationFailed").steps[4];
    assert.equal(step?.target, "backup-service-does-not-have-permission-to-delete-the-old-restore-points-due-to-resource-group-lock");
    assert.equal(step?.solution, null);
    assert.match(step?.title ?? "", /^Serviço de cópia de segurança não tem permissão/);
    const warnings = seed.diagnostics.filter((d) => d.severity === "warning");
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0]?.file, seedFile);
    assert.equal(warnings[0]?.line, 100);
    assert.match(warnings[0]?.message ?? "", /not an anchor in this article/);
  });

  it("turns a numbered procedure into steps when there are no cause lines", () => {
    const procedure = entry("UserErrorBackupOperationInProgress");
    assert.deepEqual(
      procedure.steps.map((s) => s.id),
      ["step-1", "step-2", "step-3", "step-4"],
    );
    assert.match(procedure.steps[0]?.title ?? "", /^Inicie sessão no portal do Azure/);
    assert.match(procedure.steps[2]?.solution ?? "", /Se uma tarefa de cópia de segurança está em curso/);
    assert.match(procedure.intro, /^Sua tarefa de cópia de segurança recente falhou/);
    assert.match(procedure.body, /^Se a operação de cópia de segurança agendada/);
  });

  it("shows entries without steps as guidance", () => {
    const diskSize = entry("UserErrorUnsupportedDiskSize");
    assert.equal(diskSize.steps.length, 0);
    assert.match(diskSize.intro, /1023GB/);
  });

  it("keeps every heading anchor", () => {
    assert.ok(article.anchors.includes("UserErrorGuestAgentStatusUnavailable-vm-agent-unable-to-communicate-with-azure-backup"));
    assert.ok(article.anchors.includes("the-vm-has-no-internet-access"));
    assert.ok(article.anchors.includes("clean-up-restore-point-collection-from-azure-portal"));
    assert.equal(article.anchors.filter((a) => a === "solution").length, 1);
    assert.match(article.markdown, /<a name="the-vm-has-no-internet-access"><\/a>/);
  });

  it("lists the anchors an error page shows", () => {
    const anchors = entry("UserErrorRpCollectionLimitReached").anchors;
    assert.ok(anchors.includes("clean_up_restore_point_collection"));
    assert.ok(anchors.includes("clean-up-restore-point-collection-from-azure-portal"));
  });
});

describe("DocFX extensions", () => {
  it("repairs a note whose continuation lines are indented four spaces", () => {
    const rp = article.entries[2];
    assert.match(rp?.intro ?? "", /> \\?\[!NOTE]\n> Serviço de cópia de segurança cria/);
    assert.doesNotMatch(rp?.intro ?? "", /```|\n {4}/, "no code block");
  });

  it("leaves [!INCLUDE] out with an info diagnostic", () => {
    assert.doesNotMatch(article.markdown, /INCLUDE/);
    const info = seed.diagnostics.find((d) => d.message.includes("INCLUDE"));
    assert.equal(info?.severity, "info");
    assert.equal(info?.line, 23);
  });

  it("turns <br> variants into line breaks", () => {
    const parsed = parseText("## A\n\n**Error code**: X1<br>\n**Error message**: M<BR/>\nline one</br>\nline two\n");
    assert.deepEqual(parsed.article?.entries[0]?.codes, ["X1"]);
    assert.equal(parsed.article?.entries[0]?.message, "M");
    assert.equal(parsed.article?.entries[0]?.intro, "line one\\\nline two");
  });

  it("leaves out a <br> that ends its paragraph or heading, which markdown would write as a visible backslash", () => {
    const parsed = parseText(
      "## A <br>\n\n**Error code**: X1 <br>\n**Error message**: M<br>\n\nFirst line<br>\nlast line <br>\n\n* [item](#a)<br>\n* **bold<br>**\n",
    );
    const entry = parsed.article?.entries[0];
    assert.equal(entry?.intro, "First line\\\nlast line\n\n* [item](#a)\n* **bold**");
    assert.doesNotMatch(parsed.article?.markdown ?? "", /\\\n\n|\\$|&#x20;/);
  });

  it("writes a line break as <br> where markdown's `\\` would not read back as one: in a table cell, before raw HTML", () => {
    const parsed = parseText("# T\n\n| a | b |\n| - | - |\n| x<br>y | z |\n\nregisto. <br> <ol><li>one</ol>\n\nA<br>\nB\n");
    const markdown = parsed.article?.markdown ?? "";
    assert.match(markdown, /\| x<br>y \|/);
    assert.match(markdown, /registo\. <br> <ol>/);
    assert.match(markdown, /A\\\n/);
  });

  it("reports duplicate anchors once", () => {
    const duplicates = seed.diagnostics.filter((d) => d.message.includes('anchor "solution"'));
    assert.equal(duplicates.length, 1);
    assert.match(duplicates[0]?.message ?? "", /defined 5 times/);
  });
});

describe("malformed input", () => {
  it("leaves out an empty file with an error", () => {
    const parsed = parseText("");
    assert.equal(parsed.article, null);
    assert.match(parsed.diagnostics[0]?.message ?? "", /empty/);
  });

  it("leaves out broken front matter with the line of the problem", () => {
    const parsed = parseText("---\ntitle: ok\ndescription: [unclosed\n---\n# T\n");
    assert.equal(parsed.article, null);
    assert.equal(parsed.diagnostics[0]?.severity, "error");
    assert.match(parsed.diagnostics[0]?.message ?? "", /front matter is not valid YAML/);
    assert.ok((parsed.diagnostics[0]?.line ?? 0) >= 3);
  });

  it("leaves out invalid UTF-8 and binary files", () => {
    const invalid = parseText("ok");
    assert.ok(invalid.article);
    const bytes = new Uint8Array([0x23, 0x20, 0x41, 0x0a, 0xff, 0xfe, 0x41]);
    const broken = parseArticle({ file: "bad.md", locale: "pt-PT", slug: "bad", bytes });
    assert.equal(broken.article, null);
    assert.match(broken.diagnostics[0]?.message ?? "", /UTF-8/);
    assert.equal(broken.diagnostics[0]?.line, 2);
    const binary = parseArticle({ file: "b.md", locale: "pt-PT", slug: "b", bytes: new Uint8Array([1, 0, 2]) });
    assert.match(binary.diagnostics[0]?.message ?? "", /binary/);
  });

  it("gives an article without codes no entries and no errors", () => {
    const parsed = parseText("# Title\n\nJust prose.\n");
    assert.deepEqual(parsed.article?.entries, []);
    assert.equal(parsed.diagnostics.filter((d) => d.severity === "error").length, 0);
  });
});
