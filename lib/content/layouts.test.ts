/** Every layout and markdown quirk of the corpus, each in a small article written for the test. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ErrorEntry } from "./model";
import { parseText } from "./test-helpers";

function entriesOf(markdown: string): ErrorEntry[] {
  const parsed = parseText(markdown);
  assert.ok(parsed.article, "the article parses");
  return parsed.article.entries;
}

function only(markdown: string): ErrorEntry {
  const entries = entriesOf(markdown);
  assert.equal(entries.length, 1, "one entry");
  return entries[0] as ErrorEntry;
}

function diagnosticsOf(markdown: string) {
  return parseText(markdown).diagnostics;
}

describe("code lines", () => {
  it("reads bold and plain labels in Portuguese, Spanish, German and English", () => {
    const entries = entriesOf(
      [
        "## A1",
        "**Código de erro**: CodeOne<br>",
        "**Mensagem de erro**: Message one<br/>",
        "## B2",
        "Código de error: CodeTwo </br>",
        "Mensaje de error: Message two",
        "## C3",
        "**Fehlercode**: CodeThree <BR>",
        "**Fehlermeldung**: Message three",
        "## D4",
        "Error code: CodeFour",
        "Error message: Message four",
      ].join("\n\n"),
    );
    assert.deepEqual(
      entries.map((e) => [e.id, e.message]),
      [
        ["CodeOne", "Message one"],
        ["CodeTwo", "Message two"],
        ["CodeThree", "Message three"],
        ["CodeFour", "Message four"],
      ],
    );
  });

  it("lists several codes: A / B, A/B, three codes, two code lines in one paragraph", () => {
    assert.deepEqual(only("## X\n\n**Código de erro**: FirstCode / SecondCode\n").codes, ["FirstCode", "SecondCode"]);
    assert.deepEqual(only("## X\n\n**Fehlercode**: FirstCode/SecondCode\n").codes, ["FirstCode", "SecondCode"]);
    assert.deepEqual(only("## X\n\nError code: AlphaCode / BetaCode / GammaCode\n").codes, ["AlphaCode", "BetaCode", "GammaCode"]);
    const two = only(
      "## X\n\nCódigo de erro: 320001, ResourceNotFound <br/> Error message: Gone. <br/> <br/> Código de erro: 400094, VmNotFound <br/> Error message: Not there\n",
    );
    assert.deepEqual(two.codes, ["320001", "ResourceNotFound", "400094", "VmNotFound"]);
    assert.equal(two.message, "Gone.");
  });

  it("takes the message from the heading when there is no message line", () => {
    assert.equal(only("### FooFailed - The foo operation failed\n\nCódigo de erro: FooFailed\n").message, "The foo operation failed");
  });

  it("reads labels written with HTML entities", () => {
    assert.deepEqual(only("## X\n\n**C&oacute;digo&nbsp;de erro**: EntityCode\n").codes, ["EntityCode"]);
  });

  it("keeps code and message lines out of the guidance", () => {
    const entry = only("## X\n\n**Error code**: SomeCode <br>\n**Error message**: Broken <br>\nDo this first.\n");
    assert.equal(entry.intro, "Do this first.");
  });
});

describe("tables", () => {
  it("reads a ### heading that is only the code, followed by a key/value table with <span> in the header", () => {
    const entry = only(
      [
        '### <a name="usererrorthingmissing"></a>UserErrorThingMissing',
        "",
        '| **Mensagem de Erro**      | <span style="font-weight:normal">The thing is missing</span>    |',
        "| ---------------------- | ------------------------------------------------------------ |",
        "| **Possíveis causas**    | It was deleted.<br/>It was never made. |",
        "| **Ação recomendada** | Make it again, see [here](#recreate). |",
      ].join("\n"),
    );
    assert.equal(entry.id, "UserErrorThingMissing");
    assert.equal(entry.message, "The thing is missing");
    assert.match(entry.intro, /^\*\*Possíveis causas\*\*: It was deleted\.<br>It was never made\./);
    assert.match(entry.intro, /\*\*Ação recomendada\*\*: Make it again/);
    assert.deepEqual(entry.steps, []);
  });

  it("reads a code heading followed by a table with header labels and no outer pipes", () => {
    const entry = only("### CBPSourceThingInvalid\n\nMensagem de erro | Ação recomendada |\n-- | --\nThe replica is invalid. | Check the replica\n");
    assert.equal(entry.message, "The replica is invalid.");
    assert.equal(entry.intro, "**Ação recomendada**: Check the replica");
  });

  it("makes an entry of every table row that names a code, in any cell but the solution", () => {
    const entries = entriesOf(
      [
        "## Registration",
        "",
        "| Operação | Detalhes do erro | Solução |",
        "| --- | --- | --- |",
        "| Register | The agent could not connect (ID: 100050) | Check the proxy. See ID: 999999. |",
        "| Install (ID: 4024) | Installation failed | Install it by hand |",
        "| Restore | **Código de erro**: VaultMismatchError/Vault Credentials Error: 100110 <br/> <br/>**Error message**: Vaults differ | Use one vault |",
        "| Anything | No code here | Nothing |",
      ].join("\n"),
    );
    assert.deepEqual(
      entries.map((e) => [e.codes, e.message, e.line]),
      [
        [["100050"], "The agent could not connect (ID: 100050)", 5],
        [["4024"], "Installation failed", 6],
        [["VaultMismatchError", "100110"], "Vaults differ", 7],
      ],
    );
    assert.equal(entries[0]?.intro, "**Operação**: Register\n\n**Solução**: Check the proxy. See ID: 999999.");
  });

  it("drops a leading bold Error from a message cell and uses the heading when the cell only names the code", () => {
    const entries = entriesOf(
      [
        "## Invalid credentials",
        "| Detalhes do erro | Ações recomendadas |",
        "| --- | --- |",
        "| **Error** </br> *The credentials are invalid. (ID: 34513)* | Download them again |",
        "## Email notifications",
        "| Operação | Detalhes do erro | Solução |",
        "| --- | --- | --- |",
        "| Configure | ID de erro: 2013 | Use a relay |",
      ].join("\n"),
    );
    assert.deepEqual(
      entries.map((e) => e.message),
      ["The credentials are invalid. (ID: 34513)", "Email notifications"],
    );
  });

  it("closes the HTML lists a cell leaves open, so they do not swallow the next cell", () => {
    const entries = entriesOf(
      "## Invalid\n\n| Detalhes do erro | Causas possíveis | Ações recomendadas |\n| --- | --- | --- |\n| Broken (ID: 34513) | <ul><li>One<li>Two <br> | <ul><li>Fix<ul><li>Sub</ul><li>More\n",
    );
    assert.equal(
      entries[0]?.intro,
      "**Causas possíveis**: <ul><li>One<li>Two <br></ul>\n\n**Ações recomendadas**: <ul><li>Fix<ul><li>Sub</ul><li>More</ul>",
    );
  });

  it("warns about a row with more cells than the table has columns", () => {
    const diagnostics = diagnosticsOf("## T\n\n| a | b |\n| --- | --- |\n| 1 | 2 | 3 |\n");
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]?.severity, "warning");
    assert.equal(diagnostics[0]?.line, 5);
    assert.match(diagnostics[0]?.message ?? "", /has 3 cells but the table has 2 columns/);
  });
});

describe("codes in headings and sentences", () => {
  it("reads a code in the heading text and keeps it out of the message", () => {
    const entry = only("## Falha ao copiar o ficheiro (código de erro 150097)\n\nTente novamente.\n");
    assert.deepEqual(entry.codes, ["150097"]);
    assert.equal(entry.message, "Falha ao copiar o ficheiro");
    assert.equal(entry.intro, "Tente novamente.");
  });

  it("reads a hexadecimal code in a sentence", () => {
    const entry = only("## Cannot copy the files\n\nThe copy can fail with error 0x80070780: the file cannot be accessed.\n");
    assert.deepEqual(entry.codes, ["0x80070780"]);
    assert.equal(entry.message, "Cannot copy the files");
  });
});

describe("causes and steps", () => {
  const article = (lines: string[]) => ['## <a name="thefailure"></a>TheFailure - it failed', "", "**Error code**: TheFailure", "", ...lines].join("\n");

  it("recognises cause lines under any label, with or without a link, and partially linked titles", () => {
    const entry = only(
      article([
        "**Causa 1: [Agent stopped](#agent-stopped)**  ",
        "**Ursache 2: [Agent old](#agent-old)**  ",
        "**Paso 3: nothing to link here** <br>",
        "**Schritt 4: The [backup service lacks permission](#lock)**",
        "",
        '### <a name="agent-stopped"></a>Agent stopped',
        "Restart it.",
        '### <a name="agent-old"></a>Agent old',
        "Update it.",
        '### <a name="lock"></a>Lock',
        "Remove the lock.",
      ]),
    );
    assert.deepEqual(
      entry.steps.map((s) => [s.n, s.label, s.id, s.title, s.solution]),
      [
        [1, "Causa 1", "agent-stopped", "Agent stopped", "Restart it."],
        [2, "Ursache 2", "agent-old", "Agent old", "Update it."],
        [3, "Paso 3", "step-3", "nothing to link here", null],
        [4, "Schritt 4", "lock", "The backup service lacks permission", "Remove the lock."],
      ],
    );
  });

  it("takes a single unnumbered cause that is only a bold link", () => {
    const entry = only(article(["Complete this step:", "", "**[The snapshot cannot be taken](#snapshot)**", "", '### <a name="snapshot"></a>Snapshot', "Check the storage."]));
    assert.deepEqual(
      entry.steps.map((s) => [s.label, s.title, s.id, s.solution]),
      [["", "The snapshot cannot be taken", "snapshot", "Check the storage."]],
    );
  });

  it("keeps the solution written under a bold step inline", () => {
    const entry = only(
      article([
        "Follow step 1, then steps 2 and 3.",
        "",
        "**Passo 1**: Create the snapshot through the host",
        "",
        "Run this:",
        "",
        "```console",
        "REG ADD x",
        "```",
        "",
        "**Passo 2**: Change the schedule",
        "",
        "**Passo 3**: Resize the VM",
      ]),
    );
    assert.deepEqual(
      entry.steps.map((s) => [s.label, s.title, s.id]),
      [
        ["Passo 1", "Create the snapshot through the host", "step-1"],
        ["Passo 2", "Change the schedule", "step-2"],
        ["Passo 3", "Resize the VM", "step-3"],
      ],
    );
    assert.equal(entry.steps[0]?.solution, "Run this:\n\n```console\nREG ADD x\n```");
    assert.equal(entry.steps[1]?.solution, null);
    assert.equal(entry.intro, "Follow step 1, then steps 2 and 3.");
  });

  it("reads causes written as headings", () => {
    const entry = only(
      article(["##### Cause 1: [No internet](#no-internet)", "##### Cause 2: [Agent stopped](#agent-stopped)", '## <a name="no-internet"></a>No internet', "Open the firewall."]),
    );
    assert.deepEqual(
      entry.steps.map((s) => [s.label, s.target]),
      [
        ["Cause 1", "no-internet"],
        ["Cause 2", "agent-stopped"],
      ],
    );
  });

  it("does not take bold notes or numbered methods without a link for causes", () => {
    const entry = only(article(["**Nota**: read this first.", "", "#### Método 1: Use PowerShell", "", "Run it."]));
    assert.deepEqual(entry.steps, []);
  });
});

describe("machine-translated codes", () => {
  it("takes the canonical code from the anchor and keeps the printed one for display, with a warning", () => {
    const parsed = parseText(
      '## <a name="extensionfailedvsswriterinbadstate---snapshot-failed"></a>ExtensãoFailedVssWriterInBadState - Falhou\n\nCódigo de erro: ExtensãoFailedVssWriterInBadState <br/>\n',
    );
    const entry = parsed.article?.entries[0];
    assert.deepEqual(entry?.codes, ["ExtensionFailedVssWriterInBadState"]);
    assert.deepEqual(entry?.visibleCodes, ["ExtensãoFailedVssWriterInBadState"]);
    const warning = parsed.diagnostics.find((d) => d.severity === "warning");
    assert.equal(warning?.line, 3);
    assert.equal(warning?.column, 17);
    assert.match(warning?.message ?? "", /printed as "ExtensãoFailedVssWriterInBadState", but the heading anchor has "extensionfailedvsswriterinbadstate"/);
  });

  it("warns about a code line that names no code at all", () => {
    const parsed = parseText("## Falhou\n\nCódigo de erro: operação falhou\n");
    assert.deepEqual(parsed.article?.entries, []);
    assert.match(parsed.diagnostics[0]?.message ?? "", /"operação falhou" is not an error code/);
  });
});

describe("articles without codes", () => {
  it("give no entries and no diagnostics", () => {
    const parsed = parseText("# Title\n\n## VM Agent unable to communicate\n\nSome text: it happened 517 times (407).\n\n| Sintoma | Resolução\n| -- | --\n| It fails | Retry\n");
    assert.deepEqual(parsed.article?.entries, []);
    assert.deepEqual(parsed.diagnostics, []);
  });
});

describe("markdown quirks", () => {
  it("warns about a code fence that is never closed, where it opens", () => {
    const diagnostics = diagnosticsOf("## A\n\nText.\n\n```console\nREG ADD x\n\n## B\n");
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]?.line, 5);
    assert.match(diagnostics[0]?.message ?? "", /never closed/);
    assert.deepEqual(diagnosticsOf("## A\n\n   ```powershell\n   Get-Thing\n   ```\n\n> ```\n> quoted\n> ```\n"), []);
  });

  it("reads alerts written >[!NOTE] and entries around unclosed <li>", () => {
    const entry = only("## X\n\nError code: ListCode\n\n<ol><li>First<li>Second</ol>\n\n>[!NOTE]\n>Read this.\n");
    assert.match(entry.intro, /<ol><li>First<li>Second<\/ol>/);
    assert.match(entry.intro, /> \\?\[!NOTE]\n> Read this\./);
  });

  it("keeps both anchors of a heading that has two, and reports a duplicate anchor once", () => {
    const parsed = parseText(
      '## <a name="first"></a><a name="second"></a>TwoAnchors - message\n\nError code: TwoAnchors\n\n**Cause 1: [Fix](#fix)**\n\n### <a name="fix"></a>Fix\nDo it.\n\n### <a name="fix"></a>Fix again\n',
    );
    const entry = parsed.article?.entries[0];
    assert.equal(entry?.anchor, "first");
    assert.deepEqual(parsed.article?.anchors.slice(0, 3), ["first", "second", "fix"]);
    assert.equal(entry?.steps[0]?.solution, "Do it.");
    assert.equal(parsed.diagnostics.filter((d) => d.message.includes('anchor "fix" is defined 2 times')).length, 1);
  });

  it("repairs links to an anchor whose name kept a -br suffix", () => {
    const parsed = parseText(
      '## BrCode\n\nError code: BrCode\n\n**Cause 1: [Portal](#clean-up-from-portal)**\n\n### <a name="clean-up-from-portal-br"></a>Clean up from the portal <br>\nDelete the collection.\n',
    );
    const step = parsed.article?.entries[0]?.steps[0];
    assert.equal(step?.id, "clean-up-from-portal");
    assert.equal(step?.solution, "Delete the collection.");
    assert.match(parsed.article?.markdown ?? "", /<a name="clean-up-from-portal"><\/a><a name="clean-up-from-portal-br"><\/a>/);
    const info = parsed.diagnostics.find((d) => d.message.includes("-br"));
    assert.equal(info?.severity, "info");
    assert.equal(info?.line, 7);
  });
});
