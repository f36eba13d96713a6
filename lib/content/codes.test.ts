import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { resolveCode, transferCase } from "./canonical";
import { codeMentions, codeSlots, identifierKind, leadingCodes, looksLikeCode, withoutMentions } from "./codes";
import { headingParts } from "./layouts/shared";
import { contentLimits } from "./limits";
import { anchorNamesIn } from "./markdown";
import { cellParagraph } from "./tables";
import { parseText } from "./test-helpers";

describe("code slots and mentions", () => {
  it("splits a code line into its codes", () => {
    assert.deepEqual(codeSlots("BackUpOperationFailed / BackUpOperationFailedV2"), ["BackUpOperationFailed", "BackUpOperationFailedV2"]);
    assert.deepEqual(codeSlots("A1/B2"), ["A1", "B2"]);
    assert.deepEqual(codeSlots("320001, ResourceNotFound"), ["320001", "ResourceNotFound"]);
    assert.deepEqual(codeSlots("Estado VmNotInDesirable"), ["Estado VmNotInDesirable"], "a translated code stays one slot");
  });

  it("finds codes after labels in any of the languages, and hexadecimal codes anywhere", () => {
    assert.deepEqual(codeMentions("Foram fornecidas credenciais inválidas. (ID: 34513)"), ["34513"]);
    assert.deepEqual(codeMentions("ErrorCode - FileFaultFault (ID 33621)"), ["FileFaultFault", "33621"]);
    assert.deepEqual(codeMentions("ID de erro: 2013"), ["2013"]);
    assert.deepEqual(codeMentions("Erro 34506. A frase de acesso"), ["34506"]);
    assert.deepEqual(codeMentions("Falha na cópia (código de erro 150097)"), ["150097"]);
    assert.deepEqual(codeMentions("Fehlercode: 0x80070780"), ["0x80070780"]);
    assert.deepEqual(codeMentions("A cópia pode falhar com um erro 0x80070780: O ficheiro"), ["0x80070780"]);
    assert.deepEqual(codeMentions("erro de serviço interno [0x29834]."), ["0x29834"]);
    assert.deepEqual(codeMentions("com um dos seguintes códigos de erro: FooNotReady, BarNotFound."), ["FooNotReady", "BarNotFound"]);
  });

  it("ignores numbers and words that are not introduced as codes", () => {
    assert.deepEqual(codeMentions("Autenticação do proxy (407) necessária"), []);
    assert.deepEqual(codeMentions("Erro: A operação atual falhou"), []);
    assert.deepEqual(codeMentions("the error occurred 3 times; see https://x/?clcid=0x409"), []);
    assert.deepEqual(codeMentions("Erros 1234 e Errorcodes"), []);
  });

  it("removes mentions with their labels", () => {
    assert.equal(withoutMentions("ID de erro: 2013"), "");
    assert.equal(withoutMentions("A operação falhou. ID: 120002"), "A operação falhou.");
  });

  it("tells code-shaped words from ordinary ones", () => {
    assert.ok(looksLikeCode("UserErrorHANAInternalRoleNotPresent"));
    assert.ok(looksLikeCode("UserErrorIncompatávelSrcTargetSystemsForRestore"));
    assert.ok(looksLikeCode("0x1FC07"));
    assert.ok(looksLikeCode("150097"));
    assert.ok(!looksLikeCode("Backup"));
    assert.ok(!looksLikeCode("iOS"));
  });
});

describe("identifier forms", () => {
  it("knows identifiers by their shape", () => {
    const kinds: Array<[string, ReturnType<typeof identifierKind>]> = [
      ["AllocationFailed", "camel"],
      ["UserErrorGuestAgentStatusUnavailable", "camel"],
      ["MessagingEntityNotFoundException", "camel"],
      ["UnauthorizedClient_DoesNotMatchRequest", "camel"],
      ["ERROR_ACCESS_DENIED", "snake"],
      ["MOSETUP_E_COMPAT_SCANONLY", "snake"],
      ["AADSTS50020", "prefixed"],
      ["Client.VolumeLimitExceeded", "dotted"],
      ["95107", "number"],
      ["-2147164145", "number"],
      ["0x80070005", "hex"],
      ["Unsupported", "word"],
      ["KB4034605", null],
      ["Logs.Verbose", null],
      ["VMware", null],
      ["iOS", null],
      ["15", null],
    ];
    for (const [word, kind] of kinds) assert.equal(identifierKind(word), kind, word);
  });

  it("reads the codes a title starts with, and leaves product names alone", () => {
    assert.deepEqual(leadingCodes("403004 DeviceMaximumQueueDepthExceeded"), { codes: ["403004", "DeviceMaximumQueueDepthExceeded"], rest: "" });
    assert.deepEqual(leadingCodes("400 Mau Pedido"), { codes: ["400"], rest: "Mau Pedido" });
    assert.deepEqual(leadingCodes("QuotaExceededException"), { codes: ["QuotaExceededException"], rest: "" });
    assert.deepEqual(leadingCodes("AADSTS50020 - User not in tenant"), { codes: ["AADSTS50020"], rest: "User not in tenant" });
    assert.equal(leadingCodes("VMSnapshot extension operation failed"), null);
    assert.equal(leadingCodes("2019 changes"), null);
    assert.equal(leadingCodes("KB2267602 is missing"), null);
  });

  it("finds codes in headings in every form", () => {
    assert.deepEqual(codeMentions("Verificação de credenciais (ErrorID: 95107 & 95108)"), ["95107", "95108"]);
    assert.deepEqual(codeMentions("Configuração do WMI (código de erro: 95103)"), ["95103"]);
    assert.deepEqual(codeMentions("„Fehler 53“, „Fehler 67“ oder „Fehler 87“ beim Einbinden"), ["53", "67", "87"]);
    assert.deepEqual(codeMentions("Codice di errore: InvalidVirtualNetworkId"), ["InvalidVirtualNetworkId"]);
    assert.deepEqual(codeMentions("Error 1234: the disk is full"), ["1234"]);
    assert.deepEqual(codeMentions("Error: SOME_CODE"), ["SOME_CODE"]);
    assert.deepEqual(codeMentions("Code d'erreur : 50001, 50002"), ["50001", "50002"]);
    assert.deepEqual(codeMentions("Erro VSS-2147023170 [0x800706BE] - código de saída 511"), ["-2147023170", "0x800706BE"]);
    assert.deepEqual(codeMentions("Violation of PRIMARY KEY: 2627 (23000)"), ["2627"]);
    assert.deepEqual(codeMentions("A atualização falhou com um erro de ManutençãoWindowExceeded"), ["ManutençãoWindowExceeded"]);
    assert.deepEqual(codeMentions("You get the InstanceLimitExceeded error"), ["InstanceLimitExceeded"]);
  });

  it("does not take words beside an error word across punctuation, nor a hex number in a sentence without a label", () => {
    assert.deepEqual(codeMentions("look for ResultDescription (error message)"), []);
    assert.deepEqual(codeMentions("the phase (ex: 0x4000D = 4)", { bareHex: false }), []);
    assert.ok(!codeMentions("a 7 [0x8] pair whose values differ").includes("7"), "a number and a hex form of another value are no pair");
  });
});

describe("linear work on long input", () => {
  // Each input made the old patterns backtrack quadratically (a 100 KB heading took 50 s);
  // the test only has to finish.
  const long = 100_000;

  it("tells the shape of a long word", () => {
    assert.equal(looksLikeCode(`${"a".repeat(long)}!`), false);
    assert.equal(identifierKind("A".repeat(long)), null);
  });

  it("splits and scans long headings and code lines", () => {
    assert.deepEqual(codeSlots(`${" ".repeat(long)}x`), ["x"]);
    assert.deepEqual(headingParts(`a${" ".repeat(long)}b`), { codePart: `a${" ".repeat(long)}b`, messagePart: null });
    assert.deepEqual(codeMentions(`Erro ${"- ".repeat(long / 2)}`), []);
    assert.equal(leadingCodes(`${"Ab".repeat(long / 2)} x`), null);
  });

  it("reads anchors and lists in long HTML", () => {
    assert.deepEqual(anchorNamesIn("<a ".repeat(long / 3)), []);
    assert.deepEqual(anchorNamesIn(`<a ${'name="x" '.repeat(long / 10)}`), []);
    const paragraph = cellParagraph("Label", { nodes: [{ type: "html", value: "<ul ".repeat(long / 4) }], text: "", at: { line: 1, column: 1 } });
    assert.equal(paragraph.children.length, 3);
  });

  it("parses an article whose heading is as long as the limits allow, and leaves out a 100,000-character one", () => {
    const longest = contentLimits.maxHeadingLength - "## Error  - ".length;
    const allowed = parseText(`# T\n\n## Error ${"aB".repeat(longest / 4)} - ${"x ".repeat(longest / 4)}\n\nText.\n`);
    assert.ok(allowed.article);
    const refused = parseText(`# T\n\n## Error ${"aB".repeat(long / 2)} - ${"x ".repeat(long / 2)}\n\nText.\n`);
    assert.equal(refused.article, null);
    assert.ok(refused.diagnostics.some((d) => d.severity === "error" && d.line === 3));
  });
});

describe("canonical codes", () => {
  const resolve = (visible: string, anchor: string, heading: string | null = null) =>
    resolveCode({ visible, heading, anchorWords: anchor.split(/-+/) })?.code;

  it("keeps a printed code the anchor confirms, in the article's casing", () => {
    assert.equal(resolve("BackUpOperationFailedV2", "backupoperationfailed--backupoperationfailedv2---backup-fails"), "BackUpOperationFailedV2");
  });

  it("keeps a printed code that extends an older, shorter anchor", () => {
    assert.equal(resolve("ExtentionOperationFailedForManagedDisks", "ExtentionOperationFailed-vmsnapshot-extension-operation-failed"), "ExtentionOperationFailedForManagedDisks");
  });

  it("repairs codes that machine translation changed, from the anchor", () => {
    assert.equal(resolve("UserErrorGuestAgentStatusIn", "UserErrorGuestAgentStatusUnavailable-vm-agent-unable"), "UserErrorGuestAgentStatusUnavailable");
    assert.equal(resolve("ExtensãoFailedVssWriterInBadState", "extensionfailedvsswriterinbadstate---snapshot-operation"), "ExtensionFailedVssWriterInBadState");
    assert.equal(resolve("UserErrorUnsuportadDiskSize", "usererrorunsupporteddisksize---the-configured-disk"), "UserErrorUnsupportedDiskSize");
    assert.equal(resolve("ExtensionSnapshotFailedNoSecureNet", "extensionsnapshotfailednosecurenetwork---the-snapshot"), "ExtensionSnapshotFailedNoSecureNetwork");
    assert.equal(
      resolve("Configuração de extensãoParparsingFailure", "extensionconfigparsingfailure--failure-in-parsing", "ExtensãoConfigParsingFailure"),
      "ExtensionConfigParsingFailure",
    );
  });

  it("takes the heading's spelling when the code line is translated word by word", () => {
    assert.equal(resolve("Estado VmNotInDesirable", "vmnotindesirablestate---the-vm-isnt", "VmNotInDesirableState"), "VmNotInDesirableState");
    assert.equal(
      resolve("Operação De extensãoFalhaforManagedDisks", "ExtensionOperationFailed-vmsnapshot-extension-operation-failed", "ExtensionOperationFailedForManagedDisks"),
      "ExtensionOperationFailedForManagedDisks",
    );
  });

  it("falls back to the English token of a translated code line when nothing else names the code", () => {
    assert.equal(resolve("Estado VmNotInDesirable", "the-vm-is-not-ready"), "VmNotInDesirable");
    assert.equal(resolve("Operação falhou", "the-operation-failed"), undefined);
  });

  it("keeps a clean code whose anchor glued a label before it", () => {
    assert.equal(resolve("InvalidDocumentErrorCode", "error-codeinvaliddocumenterrorcode"), "InvalidDocumentErrorCode");
  });

  it("does not match a code to unrelated anchor words", () => {
    assert.equal(resolve("UserErrorFoo", "the-user-error-is-shown"), "UserErrorFoo");
  });

  it("carries capitals over to a lower-case anchor word", () => {
    assert.equal(transferCase("extensioninstallationfailedcom", "ExtensãoInstalaçãoFailedCOM"), "ExtensionInstallationFailedCOM");
  });
});
