/**
 * The reference corpus (../shared/corpus and ../shared/corpus-update, read in place and
 * never copied): real troubleshooting articles in every layout the parser must know. The
 * expected entries below were written by reading each file; the test prints recall and
 * precision of codes per file.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { after, describe, it } from "node:test";
import type { ParsedArticle } from "./article";
import { parseFile } from "./test-helpers";

const corpusRoot = path.resolve("../shared/corpus");
const updateRoot = path.resolve("../shared/corpus-update");
const seedSlug = "backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout";

/** One expected entry: its canonical codes in order, and its number of steps. */
type Expected = [codes: string[], steps: number];

interface CorpusFile {
  root: string;
  locale: string;
  slug: string;
  entries: Expected[];
  /** Printed codes that machine translation mangled, by canonical code. */
  visible?: Record<string, string>;
}

const files: CorpusFile[] = [
  {
    root: corpusRoot,
    locale: "de-DE",
    slug: seedSlug,
    entries: [
      [["UserErrorGuestAgentStatusUnavailable"], 5],
      [["GuestAgentSnapshotTaskStatusError"], 3],
      [["UserErrorRpCollectionLimitReached"], 2],
      [["UserErrorKeyvaultPermissionsNotConfigured"], 0],
      [["ExtensionSnapshotFailedNoNetwork"], 3],
      [["ExtentionOperationFailedForManagedDisks"], 4],
      [["BackUpOperationFailed", "BackUpOperationFailedV2"], 6],
      [["UserErrorUnsupportedDiskSize"], 0],
      [["UserErrorStandardSSDNotSupported"], 0],
    ],
  },
  { root: corpusRoot, locale: "en-US", slug: seedSlug, entries: [] },
  {
    root: corpusRoot,
    locale: "es-ES",
    slug: seedSlug,
    entries: [
      [["UserErrorGuestAgentStatusUnavailable"], 0],
      [["GuestAgentSnapshotTaskStatusError"], 4],
      [["UserErrorRpCollectionLimitReached"], 2],
      [["UserErrorKeyvaultPermissionsNotConfigured"], 0],
      [["ExtensionSnapshotFailedNoNetwork"], 3],
      [["ExtensionOperationFailedForManagedDisks"], 4],
      [["BackUpOperationFailed", "BackUpOperationFailedV2"], 6],
      [["UserErrorUnsupportedDiskSize"], 0],
      [["UserErrorBackupOperationInProgress"], 4],
    ],
  },
  {
    root: corpusRoot,
    locale: "pt-PT",
    slug: "backup-azure-mabs-troubleshoot",
    entries: [
      [["CBPServerRegisteredVaultDontMatchWithCurrent", "100110"], 0],
      [["FileFaultFault", "33621"], 0],
      [["100050"], 0],
      [["4024"], 0],
      [["0x29834"], 0],
      [["120002"], 0],
      [["2013"], 0],
      [["CBPSourceSnapshotFailedReplicaMissingOrInvalid"], 0],
      [["CBPSourceSnapshotFailedReplicaMetadataInvalid"], 0],
      [["CBPSourceSnapshotFailedReplicaInconsistent"], 0],
      [["CBPSourceSnapshotFailedReplicaCloningIssue"], 0],
    ],
  },
  {
    root: corpusRoot,
    locale: "pt-PT",
    slug: "backup-azure-mars-troubleshoot",
    entries: [
      [["34513"], 0],
      [["403"], 0],
      [["100050"], 0],
      [["0x1FC07"], 0],
      [["34506"], 0],
    ],
  },
  {
    root: corpusRoot,
    locale: "pt-PT",
    slug: "backup-azure-sap-hana-database-troubleshoot",
    entries: [
      [["UserErrorHANAInternalRoleNotPresent"], 0],
      [["UserErrorInOpeningHanaOdbcConnection"], 0],
      [["UserErrorHanaInstanceNameInvalid"], 0],
      [["UserErrorHanaUnsupportedOperation"], 0],
      [["UserErrorHANALSNValidationFailure"], 0],
      // The anchor is all lower case: the capitals come from the mangled heading, so "detected" stays lower case.
      [["UserErrorSDCtoMDCUpgradedetected"], 0],
      [["UserErrorInvalidBackintConfiguration"], 0],
      [["UserErrorIncompatibleSrcTargetSystemsForRestore"], 0],
      [
        [
          "WorkloadExtensionNotReachable",
          "UserErrorWorkloadExtensionNotInstalled",
          "WorkloadExtensionNotPresent",
          "WorkloadExtensionDididntDequeueMsg",
        ],
        0,
      ],
    ],
    visible: {
      UserErrorSDCtoMDCUpgradedetected: "UserErrSDCtoMDCUpgradado",
      UserErrorIncompatibleSrcTargetSystemsForRestore: "UserErrorIncompatávelSrcTargetSystemsForRestore",
    },
  },
  {
    root: corpusRoot,
    locale: "pt-PT",
    slug: "backup-azure-system-state-troubleshoot",
    // No code lines; the VSS writer time-out row quotes the event log's error 0x800423f2.
    entries: [[["0x800423f2"], 0]],
  },
  {
    root: corpusRoot,
    locale: "pt-PT",
    slug: "backup-azure-vm-file-recovery-troubleshoot",
    entries: [[["0x80070780"], 0]],
  },
  {
    root: corpusRoot,
    locale: "pt-PT",
    slug: "backup-azure-vms-troubleshoot",
    entries: [
      [["VMRestorePointInternalError"], 0],
      [["CopyingVHDsFromBackUpVaultTakingLongTime"], 0],
      [["UserErrorVmNotInDesirableState"], 0],
      [["UserErrorFsFreezeFailed"], 0],
      [["ExtensionSnapshotFailedCOM", "ExtensionInstallationFailedCOM", "ExtensionInstallationFailedMDTC"], 0],
      [["ExtensionFailedVssWriterInBadState"], 0],
      [["ExtensionConfigParsingFailure"], 3],
      [["ExtensionStuckInDeletionState"], 0],
      [["ExtensionFailedSnapshotLimitReachedError"], 0],
      [["ExtensionFailedTimeoutVMNetworkUnresponsive"], 3],
      [["320001", "ResourceNotFound", "400094", "BCMV2VMNotFound"], 0],
      [["UserErrorBCMPremiumStorageQuotaError"], 0],
      [["380008", "AzureVmOffline"], 0],
      [["ExtensionSnapshotBitlockerError"], 0],
      [["VmNotInDesirableState"], 0],
      [["ExtensionSnapshotFailedNoSecureNetwork"], 0],
      [["ExtensionVCRedistInstallationFailure"], 0],
      [["UserErrorRequestDisallowedByPolicy"], 0],
    ],
    visible: {
      ExtensionInstallationFailedCOM: "ExtensãoInstalaçãoFailedCOM",
      ExtensionFailedVssWriterInBadState: "ExtensãoFailedVssWriterInBadState",
      ExtensionConfigParsingFailure: "Configuração de extensãoParparsingFailure",
      VmNotInDesirableState: "Estado VmNotInDesirable",
      ExtensionSnapshotFailedNoSecureNetwork: "ExtensionSnapshotFailedNoSecureNet",
    },
  },
  {
    root: updateRoot,
    locale: "pt-PT",
    slug: seedSlug,
    entries: [
      [["UserErrorGuestAgentStatusUnavailable"], 0],
      [["GuestAgentSnapshotTaskStatusError"], 4],
      [["UserErrorVmProvisioningStateFailed"], 0],
      [["UserErrorRpCollectionLimitReached"], 2],
      [["UserErrorKeyvaultPermissionsNotConfigured"], 0],
      [["ExtensionSnapshotFailedNoNetwork"], 1],
      [["ExtensionOperationFailedForManagedDisks"], 3],
      [["BackUpOperationFailed", "BackUpOperationFailedV2"], 4],
      [["UserErrorUnsupportedDiskSize"], 0],
      [["UserErrorBackupOperationInProgress"], 4],
      [["UserErrorCrpReportedUserError"], 0],
    ],
    visible: {
      UserErrorGuestAgentStatusUnavailable: "UserErrorGuestAgentStatusIn",
      ExtensionOperationFailedForManagedDisks: "Operação De extensãoFalhaforManagedDisks",
      UserErrorUnsupportedDiskSize: "UserErrorUnsuportadDiskSize",
    },
  },
];

interface Score {
  file: string;
  expected: number;
  found: number;
  correct: number;
}

const scores: Score[] = [];

function percent(part: number, whole: number): string {
  return whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)} %`;
}

function score(file: string, expected: string[], found: string[]): Score {
  const wanted = new Set(expected);
  return { file, expected: expected.length, found: found.length, correct: found.filter((code) => wanted.has(code)).length };
}

after(() => {
  if (scores.length === 0) return;
  const width = Math.max(...scores.map((s) => s.file.length));
  const lines = [
    `${"file".padEnd(width)}  expected  found  recall    precision`,
    ...scores.map(
      (s) =>
        `${s.file.padEnd(width)}  ${String(s.expected).padStart(8)}  ${String(s.found).padStart(5)}  ${percent(s.correct, s.expected).padEnd(8)}  ${percent(s.correct, s.found)}`,
    ),
  ];
  console.log(`\nCodes per corpus file:\n${lines.join("\n")}\n`);
});

const absent = [corpusRoot, updateRoot].filter((root) => !existsSync(root));
const skip = absent.length ? `the reference corpus is not here (${absent.join(", ")} missing): skipped` : false;

describe("the reference corpus", { skip }, () => {
  for (const expected of files) {
    const relative = path.join(path.basename(expected.root), expected.locale, `${expected.slug}.md`);
    describe(relative, () => {
      let parsed: ParsedArticle | null = null;
      const article = () => {
        parsed ??= parseFile(path.join(expected.root, expected.locale, `${expected.slug}.md`), expected.locale);
        assert.ok(parsed.article, "the article parses");
        return parsed.article;
      };

      it("finds every code, in order, and nothing else", () => {
        const found = article().entries.map((entry) => entry.codes);
        scores.push(score(relative, expected.entries.flatMap(([codes]) => codes), found.flat()));
        assert.deepEqual(
          found,
          expected.entries.map(([codes]) => codes),
        );
      });

      it("gives each entry its steps", () => {
        assert.deepEqual(
          article().entries.map((entry) => entry.steps.length),
          expected.entries.map(([, steps]) => steps),
        );
      });

      it("keeps mangled codes as printed, for display", () => {
        for (const [code, visible] of Object.entries(expected.visible ?? {})) {
          const entry = article().entries.find((candidate) => candidate.codes.includes(code));
          assert.equal(entry?.visibleCodes[entry.codes.indexOf(code)], visible, code);
        }
      });

      it("reports no error and names every step", () => {
        assert.deepEqual(
          parsed?.diagnostics.filter((d) => d.severity === "error"),
          [],
        );
        for (const entry of article().entries) {
          assert.equal(new Set(entry.steps.map((step) => step.id)).size, entry.steps.length, `${entry.id}: step ids are unique`);
          for (const step of entry.steps) assert.ok(step.title, `${entry.id} step ${step.n} has a title`);
        }
      });
    });
  }
});
