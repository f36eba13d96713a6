/** Every layout and markdown quirk of the corpus, each in a small article written for the test. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ErrorEntry } from "./model";
import { articleLayouts, headingLayouts } from "./layouts";
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

describe("the layout registry", () => {
  it("runs every layout module, in the documented order", () => {
    assert.deepEqual(
      headingLayouts.map((layout) => layout.name),
      ["code lines", "code heading and error table", "error table rows", "bold list items", "code in the heading", "codes in the sentences that show the error"],
    );
    assert.deepEqual(
      articleLayouts.map((layout) => layout.name),
      ["article about one code"],
    );
  });

  it("lets the first layout that finds codes under a heading win", () => {
    const entry = only("## Falha (código de erro: 111)\n\n**Código de erro**: CodeLineWins\n");
    assert.deepEqual(entry.codes, ["CodeLineWins"]);
  });
});

describe("code columns", () => {
  it("reads a code column named in any language, with the code as its only cell content", () => {
    for (const header of ["Code d'erreur", "Codice di errore", "Chave", "Key", "エラー コード", "Fehlercode", "Código de Erro"]) {
      const entries = entriesOf(`## Erreurs\n\n| ${header} | Message |\n| --- | --- |\n| QuotaTooLow | The quota is too low. |\n| 0x80070005 | Access denied. |\n`);
      assert.deepEqual(
        entries.map((e) => [e.codes, e.message, e.line]),
        [
          [["QuotaTooLow"], "The quota is too low.", 5],
          [["0x80070005"], "Access denied.", 6],
        ],
        header,
      );
    }
  });

  it("reads a first column of codes under an unnamed header, several codes in one cell included", () => {
    const entries = entriesOf(
      "## Exceptions\n\n| Type | Description | Action |\n| --- | --- | --- |\n| [TimeoutException](x) | Too slow. | Retry. |\n| ArgumentException<br />ArgumentNullException | Bad argument. | Fix the call. |\n",
    );
    assert.deepEqual(
      entries.map((e) => e.codes),
      [["TimeoutException"], ["ArgumentException", "ArgumentNullException"]],
    );
    assert.equal(entries[0]?.message, "Too slow.");
  });

  it("adds the symbolic name that opens the description, and takes the rest as the message", () => {
    const entries = entriesOf("## Codes\n\n| Error | Description |\n|---|---|\n| ABC10001 | InvalidTenant: the tenant does not exist. |\n| ABC10002 | Le jeton a expiré : réessayez. |\n");
    assert.deepEqual(
      entries.map((e) => [e.codes, e.message]),
      [
        [["ABC10001", "InvalidTenant"], "the tenant does not exist."],
        [["ABC10002"], "Le jeton a expiré : réessayez."],
      ],
    );
  });

  it("keeps a code machine translation turned into words, as printed (the version check takes the original's or warns)", () => {
    const parsed = parseText("## Erros\n\n| Código de Erro | Mensagem de Erro |\n| --- | --- |\n| Não suportado | O tipo não é suportado. |\n");
    assert.deepEqual(parsed.article?.entries.map((e) => e.codes), [["Não suportado"]]);
    assert.deepEqual(parsed.diagnostics, []);
  });

  it("joins a repeated code's rows into its first entry", () => {
    const entries = entriesOf("## E\n\n| Error Code | Error Message |\n| --- | --- |\n| NotFound | The set cannot be found. |\n| NotFound | The image cannot be found. |\n");
    assert.equal(entries.length, 1);
    assert.match(entries[0]?.intro ?? "", /^\* The image cannot be found\.$/m, "its other messages are listed");
  });

  it("adds the symbolic name of a name column", () => {
    const entries = entriesOf("## Codes\n\n| Code | Name | Description |\n| --- | --- | --- |\n| 1001 | InvalidToken | The token is invalid. |\n");
    assert.deepEqual(entries.map((e) => [e.codes, e.message]), [[["1001", "InvalidToken"], "The token is invalid."]]);
  });

  it("takes the status column as the code column of a table of HTTP statuses", () => {
    const entries = entriesOf("## Responses\n\n| HTTP status code | Description |\n| --- | --- |\n| 404 | The resource does not exist. |\n| 429 | Too many requests. |\n");
    assert.deepEqual(entries.map((e) => [e.codes, e.message]), [
      [["404"], "The resource does not exist."],
      [["429"], "Too many requests."],
    ]);
  });

  it("reads a number with its SQLSTATE in a code cell", () => {
    assert.deepEqual(entriesOf("## Errors\n\n| Error | Message |\n| --- | --- |\n| 2627 (23000) | Violation of a key constraint. |\n").map((e) => e.codes), [["2627"]]);
  });

  it("leaves tables of names that are not errors alone", () => {
    assert.deepEqual(entriesOf("## Logs\n\n| Log name | Description |\n| --- | --- |\n| DeviceOperations | Device events |\n| ServiceOperations | Service events |\n"), []);
  });
});

describe("bold list items", () => {
  it("makes an entry of each item that opens with a bold code", () => {
    const entries = entriesOf(
      "## Symptoms\n\n* **500001 ServerError**: the server failed.\n* **ServiceUnavailable (no error code)**: try again.\n+ **`Client.QuotaExceeded: Quota exceeded`** — delete unused volumes.\n",
    );
    assert.deepEqual(
      entries.map((e) => [e.codes, e.message]),
      [
        [["500001", "ServerError"], "the server failed."],
        [["ServiceUnavailable"], "try again."],
        [["Client.QuotaExceeded"], "Quota exceeded"],
      ],
    );
    assert.equal(entriesOf("## S\n\n* **ServerError**: failed, see [status](https://status.example).\n* **OtherError**: x\n")[0]?.intro, "failed, see [status](https://status.example).");
  });

  it("keeps an item of the same form whose code machine translation changed", () => {
    const entries = entriesOf("## Sintomas\n\n* **500001 ServerError**: falhou.\n* **ServiçoIn disponível (sem código de erro)**: tente de novo.\n* **500008 GenericTimeout**: expirou.\n");
    assert.deepEqual(
      entries.map((e) => e.codes),
      [["500001", "ServerError"], ["ServiçoIn disponível"], ["500008", "GenericTimeout"]],
    );
  });

  it("ignores bold label blocks and lists that only start with names", () => {
    assert.deepEqual(entriesOf("## Rede\n\n**ID do medidor**: F271A8A388C44D93956A063E1D2FA80B  \n**Nome do medidor**: TableCapacity  \n"), []);
    assert.deepEqual(entriesOf("## Logs\n\n- AzureSiteRecoveryJobs are sent every 15 minutes.\n- AzureSiteRecoveryEvents are sent on each event.\n"), []);
    assert.deepEqual(entriesOf("## Causes\n\n1. **Dead-letter queue** A reader fails.\n2. **Stopped receiver**. It stopped.\n"), []);
  });
});

describe("codes in headings", () => {
  it("reads the code in every form a heading gives it", () => {
    const cases: Array<[string, string[]]> = [
      ["QuotaExceededException", ["QuotaExceededException"]],
      ["403004 DeviceMaximumQueueDepthExceeded", ["403004", "DeviceMaximumQueueDepthExceeded"]],
      ["404 Não Encontrado", ["404"]],
      ["HTTP 429 Too Many Requests", ["429"]],
      ["Error 1234: the disk is full", ["1234"]],
      ["Error: SOME_CODE", ["SOME_CODE"]],
      ["Verificação de credenciais (ErrorID: 95107 & 95108)", ["95107", "95108"]],
      ["„Fehler 53“ oder „Fehler 67“ beim Einbinden", ["53", "67"]],
      ["Codice di errore: InvalidNetworkId", ["InvalidNetworkId"]],
      ["Erro VSS - 0x8004E00F", ["0x8004E00F"]],
      ["Erreur -2147164145 [0x8004E00F]", ["-2147164145", "0x8004E00F"]],
      ["Scenario: the update failed with a MaintenanceWindowExceeded error", ["MaintenanceWindowExceeded"]],
      ["ImagePullBackOff or ErrImagePull", ["ImagePullBackOff", "ErrImagePull"]],
      ["E_ACCESSDENIED (0x80070005)", ["E_ACCESSDENIED", "0x80070005"]],
      ["card_declined", ["card_declined"]],
      ["Erreur 403 : accès refusé", ["403"]],
      ["MSSQLSERVER_18456", ["MSSQLSERVER_18456"]],
    ];
    for (const [heading, codes] of cases) assert.deepEqual(only(`## ${heading}\n\nDo this.\n`).codes, codes, heading);
  });

  it("does not take product names, knowledge-base numbers or versions for codes", () => {
    for (const heading of ["VMSnapshot extension operation failed", "KB2267602 is missing", "LVM support from version 9.20", "Solution 1: PowerShell", "2019 release"]) {
      assert.deepEqual(entriesOf(`## ${heading}\n\nText.\n`), [], heading);
    }
  });

  it("lets a heading that only lists its sub-headings' codes group them", () => {
    const entries = entriesOf("## Login failures (ErrorID: 95519, 95520)\n\n### Disabled account (ErrorID: 95519)\n\nEnable it.\n\n### Locked account (ErrorID: 95520)\n\nUnlock it.\n");
    assert.deepEqual(
      entries.map((e) => [e.codes, e.line]),
      [
        [["95519"], 3],
        [["95520"], 7],
      ],
    );
  });

  it("warns about a heading that labels a code it does not hold", () => {
    const parsed = parseText("## Codice di errore: installazione del cluster non riuscita\n\nRiprovare.\n");
    assert.deepEqual(parsed.article?.entries, []);
    assert.match(parsed.diagnostics[0]?.message ?? "", /labels an error code, but what follows the label is not one/);
  });
});

describe("codes in the sentences that show the error", () => {
  it("reads the description part under a plain heading, and not its cause or solution parts", () => {
    const entries = entriesOf(
      [
        "## Instance limit exceeded",
        "### Description",
        "You get the `InstanceLimitExceeded` error when you launch.",
        "### Cause",
        "If you get an `InstanceLimitExceeded` error, also see error `OtherError`.",
        "## Unsupported configuration",
        "### Description",
        "You get the `Unsupported` error when you launch.",
        "## Drive missing",
        "### Solution",
        "Mount it; \"Systemfehler 1312\" may follow.",
      ].join("\n\n"),
    );
    assert.deepEqual(
      entries.map((e) => [e.codes, e.line]),
      [
        [["InstanceLimitExceeded"], 1],
        [["Unsupported"], 11],
      ],
    );
  });

  it("leaves codes in code samples and in procedures alone", () => {
    assert.deepEqual(entriesOf("## Logs\n\n1. Look at `ResultDescription` (error message).\n\n```\nCode: Server.InternalError\n```\n"), []);
  });
});

describe("an article about one code", () => {
  it("reads the code in the title", () => {
    const entries = entriesOf("# 403004 DeviceMaximumQueueDepthExceeded\n\nAbout this error.\n\n## Symptoms\n\nIt fails.\n\n## Cause\n\nToo many messages.\n");
    assert.deepEqual(
      entries.map((e) => [e.codes, e.line]),
      [[["403004", "DeviceMaximumQueueDepthExceeded"], 1]],
    );
  });

  it("reads a bold code in the introduction that a code sample prints on a Code: line", () => {
    const entries = entriesOf("# Resolve SKU errors\n\nThis article resolves the **SkuNotAvailable** error.\n\n## Symptom\n\n```\nCode: SkuNotAvailable\nMessage: Not available.\n```\n");
    assert.deepEqual(entries.map((e) => e.codes), [["SkuNotAvailable"]]);
    assert.deepEqual(entriesOf("# Questions\n\nThe **TableCapacity** meter counts tables.\n\n## Meters\n\nText.\n"), []);
  });
});

describe("articles that are not troubleshooting", () => {
  it("give no entries from an overview that only links to error pages, and say it looks like troubleshooting", () => {
    const parsed = parseText("---\nms.topic: conceptual\n---\n# Error handling\n\n## Binding error codes\n\n+ [Blob storage](blob.md#exceptions-and-return-codes)\n");
    assert.deepEqual(parsed.article?.entries, []);
    assert.deepEqual(
      parsed.diagnostics.map((d) => d.severity),
      ["info"],
    );
  });

  it("warn when a troubleshooting article names far more codes than it gives entries, naming the lines", () => {
    const parsed = parseText("---\nms.topic: troubleshooting\n---\n# T\n\n## Credentials (ErrorID: 95107 & 95108)\n\n**Error code**: OtherCode\n");
    assert.deepEqual(parsed.article?.entries.map((e) => e.codes), [["OtherCode"]]);
    const warning = parsed.diagnostics.find((d) => d.severity === "warning");
    assert.match(warning?.message ?? "", /gives 1 error entries for 2 codes it names; codes not placed in an entry at lines 6/);
    assert.equal(warning?.line, 6);
  });

  it("say nothing about an FAQ whose bullets start with CamelCase names", () => {
    const parsed = parseText("---\nms.topic: conceptual\n---\n# FAQ\n\n### How often are logs sent?\n\n- AzureSiteRecoveryJobs is sent on each job.\n- AzureSiteRecoveryEvents is sent on each event.\n");
    assert.deepEqual(parsed.article?.entries, []);
    assert.deepEqual(parsed.diagnostics, []);
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
