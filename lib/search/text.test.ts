import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeParts, compact, editDistance, fold, pairSimilarity, typoAllowance, words } from "./text";

describe("search text", () => {
  it("folds accents and case", () => {
    assert.equal(fold("Não É POSSÍVEL"), "nao e possivel");
    assert.equal(fold("Größe über"), "grosse uber");
    assert.deepEqual(words("Agente de VM não é possível comunicar — (com o Azure)"), ["agente", "de", "vm", "nao", "e", "possivel", "comunicar", "com", "o", "azure"]);
    assert.equal(compact("Guest agent-Status "), "guestagentstatus");
  });

  it("cuts codes into their camelCase words, with capitals runs and digits as words", () => {
    assert.deepEqual(codeParts("UserErrorRpCollectionLimitReached").parts, ["user", "error", "rp", "collection", "limit", "reached"]);
    assert.deepEqual(codeParts("UserErrorStandardSSDNotSupported").parts, ["user", "error", "standard", "ssd", "not", "supported"]);
    assert.deepEqual(codeParts("BackUpOperationFailedV2"), { parts: ["back", "up", "operation", "failed", "v", "2"], starts: [0, 4, 6, 15, 21, 22] });
    assert.deepEqual(codeParts("AzureBackupRG_northeurope").parts, ["azure", "backup", "rg", "northeurope"]);
  });

  it("counts edits up to a limit, a swap of neighbours being one", () => {
    assert.equal(editDistance("agent", "agent", 2), 0);
    assert.equal(editDistance("agnet", "agent", 2), 1);
    assert.equal(editDistance("agen", "agent", 2), 1);
    assert.equal(editDistance("agxnt", "agent", 2), 1);
    assert.equal(editDistance("usererrorguestagnetstatusunavailabel", "usererrorguestagentstatusunavailable", 2), 2);
    assert.equal(editDistance("kitten", "sitting", 3), 3);
    assert.equal(editDistance("kitten", "sitting", 2), 3, "past the limit reads as limit + 1");
    assert.equal(editDistance("abc", "abcdef", 2), 3);
  });

  it("agrees with the full table on random pairs", () => {
    const naive = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          const row = d[i] ?? [];
          const up = d[i - 1] ?? [];
          let value = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (d[i - 2]?.[j - 2] ?? 0) + 1);
          row[j] = value;
        }
      }
      return d[a.length]?.[b.length] ?? 0;
    };
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const word = (): string => Array.from({ length: 3 + random(10) }, () => "abcd"[random(4)]).join("");
    for (let n = 0; n < 2000; n++) {
      const a = word();
      const b = random(2) ? word() : a.slice(0, random(a.length)) + "abcd"[random(4)] + a.slice(random(a.length));
      const limit = 1 + random(3);
      assert.equal(editDistance(a, b, limit), Math.min(naive(a, b), limit + 1), `${a} ${b} ${limit}`);
    }
  });

  it("allows more typing mistakes in longer words", () => {
    assert.deepEqual([3, 5, 8, 9, 30].map(typoAllowance), [0, 1, 1, 2, 2]);
  });

  it("scores shared letter pairs", () => {
    assert.equal(pairSimilarity("night", "night"), 1);
    assert.equal(pairSimilarity("abc", "xyz"), 0);
    assert.ok(pairSimilarity("usererrorguestagentstatus", "usererrorguestagentstatusunavailable") > 0.8);
  });
});
