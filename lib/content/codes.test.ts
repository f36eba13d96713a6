import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { resolveCode, transferCase } from "./canonical";
import { codeMentions, codeSlots, looksLikeCode, withoutMentions } from "./codes";

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

  it("does not match a code to unrelated anchor words", () => {
    assert.equal(resolve("UserErrorFoo", "the-user-error-is-shown"), "UserErrorFoo");
  });

  it("carries capitals over to a lower-case anchor word", () => {
    assert.equal(transferCase("extensioninstallationfailedcom", "ExtensãoInstalaçãoFailedCOM"), "ExtensionInstallationFailedCOM");
  });
});
