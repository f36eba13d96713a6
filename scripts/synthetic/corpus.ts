/**
 * A synthetic content tree of any size in the real articles' shape: front matter,
 * anchored `##` entries with code and message lines, bold cause lines linking to a
 * shared "causes and solutions" section, entries with two codes, entries without
 * steps, and translations that name the source file's SHA-256. The same seed and
 * size always give the same files, so benchmarks compare like with like.
 */
import { createHash } from "node:crypto";

export const syntheticLocales = ["pt-PT", "en-US", "es-ES", "de-DE"] as const;
export type SyntheticLocale = (typeof syntheticLocales)[number];

/** One word or phrase in each locale: [code word, pt-PT, en-US, es-ES, de-DE]. */
type Term = readonly [code: string, pt: string, en: string, es: string, de: string];

const localeColumn: Record<SyntheticLocale, 1 | 2 | 3 | 4> = { "pt-PT": 1, "en-US": 2, "es-ES": 3, "de-DE": 4 };

const origins: Term[] = [
  ["UserError", "utilizador", "user", "usuario", "Benutzer"],
  ["GuestAgent", "agente convidado", "guest agent", "agente invitado", "Gast-Agent"],
  ["Extension", "extensão", "extension", "extensión", "Erweiterung"],
  ["BackUp", "cópia de segurança", "backup", "copia de seguridad", "Sicherung"],
  ["Vm", "máquina virtual", "virtual machine", "máquina virtual", "virtueller Computer"],
  ["Vault", "cofre", "vault", "almacén", "Tresor"],
  ["Replication", "replicação", "replication", "replicación", "Replikation"],
  ["Restore", "restauro", "restore", "restauración", "Wiederherstellung"],
  ["Storage", "armazenamento", "storage", "almacenamiento", "Speicher"],
  ["Network", "rede", "network", "red", "Netzwerk"],
  ["Sql", "base de dados SQL", "SQL database", "base de datos SQL", "SQL-Datenbank"],
  ["KeyVault", "cofre de chaves", "key vault", "almacén de claves", "Schlüsseltresor"],
  ["Policy", "política", "policy", "directiva", "Richtlinie"],
  ["Job", "tarefa", "job", "trabajo", "Auftrag"],
  ["Container", "contentor", "container", "contenedor", "Container"],
  ["Account", "conta", "account", "cuenta", "Konto"],
];

const subjects: Term[] = [
  ["Snapshot", "instantâneo", "snapshot", "instantánea", "Momentaufnahme"],
  ["Disk", "disco", "disk", "disco", "Datenträger"],
  ["RpCollection", "coleção de pontos de restauro", "restore point collection", "colección de puntos de restauración", "Wiederherstellungspunktsammlung"],
  ["Task", "tarefa", "task", "tarea", "Aufgabe"],
  ["Status", "estado", "status", "estado", "Status"],
  ["Operation", "operação", "operation", "operación", "Vorgang"],
  ["Permission", "permissão", "permission", "permiso", "Berechtigung"],
  ["Quota", "quota", "quota", "cuota", "Kontingent"],
  ["Certificate", "certificado", "certificate", "certificado", "Zertifikat"],
  ["Token", "token de acesso", "access token", "token de acceso", "Zugriffstoken"],
  ["Credential", "credencial", "credential", "credencial", "Anmeldeinformation"],
  ["Blob", "blob", "blob", "blob", "Blob"],
  ["Share", "partilha de ficheiros", "file share", "recurso compartido", "Dateifreigabe"],
  ["Volume", "volume", "volume", "volumen", "Volume"],
  ["Node", "nó", "node", "nodo", "Knoten"],
  ["Cluster", "cluster", "cluster", "clúster", "Cluster"],
  ["Schedule", "agendamento", "schedule", "programación", "Zeitplan"],
  ["Region", "região", "region", "región", "Region"],
  ["Subscription", "subscrição", "subscription", "suscripción", "Abonnement"],
  ["ResourceGroup", "grupo de recursos", "resource group", "grupo de recursos", "Ressourcengruppe"],
  ["Lock", "bloqueio", "lock", "bloqueo", "Sperre"],
  ["Secret", "segredo", "secret", "secreto", "Geheimnis"],
  ["Endpoint", "ponto final", "endpoint", "punto de conexión", "Endpunkt"],
  ["Gateway", "gateway", "gateway", "puerta de enlace", "Gateway"],
  ["Proxy", "proxy", "proxy", "proxy", "Proxy"],
  ["Firewall", "firewall", "firewall", "firewall", "Firewall"],
  ["Dns", "DNS", "DNS", "DNS", "DNS"],
  ["Encryption", "encriptação", "encryption", "cifrado", "Verschlüsselung"],
  ["Agent", "agente", "agent", "agente", "Agent"],
  ["Log", "registo", "log", "registro", "Protokoll"],
  ["Memory", "memória", "memory", "memoria", "Arbeitsspeicher"],
  ["Thread", "thread", "thread", "subproceso", "Thread"],
  ["Driver", "controlador", "driver", "controlador", "Treiber"],
  ["Service", "serviço", "service", "servicio", "Dienst"],
  ["Database", "base de dados", "database", "base de datos", "Datenbank"],
  ["Table", "tabela", "table", "tabla", "Tabelle"],
  ["Index", "índice", "index", "índice", "Index"],
  ["Partition", "partição", "partition", "partición", "Partition"],
  ["Replica", "réplica", "replica", "réplica", "Replikat"],
  ["Tier", "camada", "tier", "nivel", "Ebene"],
];

const conditions: Term[] = [
  ["NotFound", "não foi encontrado", "was not found", "no se encontró", "wurde nicht gefunden"],
  ["Timeout", "excedeu o tempo limite", "timed out", "superó el tiempo de espera", "hat das Zeitlimit überschritten"],
  ["LimitReached", "atingiu o limite máximo", "reached its maximum limit", "alcanzó el límite máximo", "hat das Höchstlimit erreicht"],
  ["Failed", "falhou", "failed", "produjo un error", "ist fehlgeschlagen"],
  ["Unavailable", "não está disponível", "is unavailable", "no está disponible", "ist nicht verfügbar"],
  ["NotSupported", "não é suportado", "is not supported", "no se admite", "wird nicht unterstützt"],
  ["InProgress", "já está em curso", "is already in progress", "ya está en curso", "wird bereits ausgeführt"],
  ["Expired", "expirou", "has expired", "ha expirado", "ist abgelaufen"],
  ["Invalid", "não é válido", "is not valid", "no es válido", "ist ungültig"],
  ["AccessDenied", "recusou o acesso", "denied access", "denegó el acceso", "hat den Zugriff verweigert"],
  ["Corrupted", "está danificado", "is corrupted", "está dañado", "ist beschädigt"],
  ["Mismatch", "não corresponde ao esperado", "does not match what was expected", "no coincide con lo esperado", "stimmt nicht mit dem erwarteten Wert überein"],
  ["NotConfigured", "não está configurado", "is not configured", "no está configurado", "ist nicht konfiguriert"],
  ["Conflict", "está em conflito com outra operação", "conflicts with another operation", "entra en conflicto con otra operación", "steht in Konflikt mit einem anderen Vorgang"],
  ["Throttled", "foi limitado", "was throttled", "se limitó", "wurde gedrosselt"],
  ["Unreachable", "não é possível comunicar", "is unable to communicate", "no puede comunicarse", "kann nicht kommunizieren"],
];

const operations: Term[] = [
  ["", "cópia de segurança", "backup", "copia de seguridad", "Sicherung"],
  ["", "restauro", "restore", "restauración", "Wiederherstellung"],
  ["", "replicação", "replication", "replicación", "Replikation"],
  ["", "ativação pós-falha", "failover", "conmutación por error", "Failover"],
  ["", "limpeza", "cleanup", "limpieza", "Bereinigung"],
  ["", "atualização", "update", "actualización", "Aktualisierung"],
];

const causeProblems: Term[] = [
  ["no-network-access", "não tem acesso à rede", "has no network access", "no tiene acceso a la red", "hat keinen Netzwerkzugriff"],
  ["out-of-date", "está desatualizado", "is out of date", "está obsoleto", "ist veraltet"],
  ["not-responding", "não está a responder", "is not responding", "no responde", "reagiert nicht"],
  ["locked", "está bloqueado", "is locked", "está bloqueado", "ist gesperrt"],
  ["missing-permissions", "não tem as permissões necessárias", "lacks the required permissions", "no tiene los permisos necesarios", "hat nicht die erforderlichen Berechtigungen"],
  ["full", "está cheio", "is full", "está lleno", "ist voll"],
  ["misconfigured", "está mal configurado", "is misconfigured", "está mal configurado", "ist falsch konfiguriert"],
  ["blocked-by-firewall", "está bloqueado pela firewall", "is blocked by the firewall", "está bloqueado por el firewall", "wird von der Firewall blockiert"],
];

interface LocaleText {
  codeLabel: string;
  messageLabel: string;
  causeLabel: string;
  causesHeading: string;
  solutionHeading: string;
  articleTitle: (service: string, part: number) => string;
  description: (service: string) => string;
  intro: string;
  entryIntro: string;
  message: (origin: string, subject: string, condition: string, operation: string) => string;
  causeTitle: (subject: string, problem: string) => string;
  causeText: (subject: string) => string;
  solutionSteps: (subject: string) => string[];
  noStepsText: string;
}

const text: Record<SyntheticLocale, LocaleText> = {
  "pt-PT": {
    codeLabel: "Código de erro",
    messageLabel: "Mensagem de erro",
    causeLabel: "Causa",
    causesHeading: "Causas e soluções",
    solutionHeading: "Solução",
    articleTitle: (service, part) => `Resolver problemas de ${service}: erros e soluções (parte ${part})`,
    description: (service) => `Os sintomas, causas e resoluções de falhas de ${service}.`,
    intro: "Este artigo fornece passos de resolução de problemas que podem ajudar a resolver erros.",
    entryIntro: "Conclua os seguintes passos de resolução de problemas na ordem listada e, em seguida, repita a operação:",
    message: (origin, subject, condition, operation) => `O ${subject} de ${origin} ${condition} durante a operação de ${operation}`,
    causeTitle: (subject, problem) => `O ${subject} ${problem}`,
    causeText: (subject) => `Esta condição impede que o ${subject} conclua a operação.`,
    solutionSteps: (subject) => [`Verifique o estado do ${subject} no portal.`, "Corrija a configuração indicada.", "Repita a operação."],
    noStepsText: "Contacte o suporte se o problema persistir.",
  },
  "en-US": {
    codeLabel: "Error code",
    messageLabel: "Error message",
    causeLabel: "Cause",
    causesHeading: "Causes and solutions",
    solutionHeading: "Solution",
    articleTitle: (service, part) => `Troubleshoot ${service}: errors and solutions (part ${part})`,
    description: (service) => `The symptoms, causes, and resolutions of ${service} failures.`,
    intro: "This article provides troubleshooting steps that can help you resolve errors.",
    entryIntro: "Complete the following troubleshooting steps in the order listed, and then retry the operation:",
    message: (origin, subject, condition, operation) => `The ${origin} ${subject} ${condition} during the ${operation} operation`,
    causeTitle: (subject, problem) => `The ${subject} ${problem}`,
    causeText: (subject) => `This condition prevents the ${subject} from completing the operation.`,
    solutionSteps: (subject) => [`Check the state of the ${subject} in the portal.`, "Fix the reported configuration.", "Retry the operation."],
    noStepsText: "Contact support if the problem persists.",
  },
  "es-ES": {
    codeLabel: "Código de error",
    messageLabel: "Mensaje de error",
    causeLabel: "Causa",
    causesHeading: "Causas y soluciones",
    solutionHeading: "Solución",
    articleTitle: (service, part) => `Solución de problemas de ${service}: errores y soluciones (parte ${part})`,
    description: (service) => `Los síntomas, las causas y las soluciones de los errores de ${service}.`,
    intro: "En este artículo se proporcionan pasos para solucionar errores.",
    entryIntro: "Complete los siguientes pasos de solución de problemas en el orden indicado y vuelva a intentar la operación:",
    message: (origin, subject, condition, operation) => `El ${subject} de ${origin} ${condition} durante la operación de ${operation}`,
    causeTitle: (subject, problem) => `El ${subject} ${problem}`,
    causeText: (subject) => `Esta condición impide que el ${subject} complete la operación.`,
    solutionSteps: (subject) => [`Compruebe el estado del ${subject} en el portal.`, "Corrija la configuración indicada.", "Vuelva a intentar la operación."],
    noStepsText: "Póngase en contacto con el soporte técnico si el problema continúa.",
  },
  "de-DE": {
    codeLabel: "Fehlercode",
    messageLabel: "Fehlermeldung",
    causeLabel: "Ursache",
    causesHeading: "Ursachen und Lösungen",
    solutionHeading: "Lösung",
    articleTitle: (service, part) => `Problembehandlung für ${service}: Fehler und Lösungen (Teil ${part})`,
    description: (service) => `Die Symptome, Ursachen und Lösungen von ${service}-Fehlern.`,
    intro: "Dieser Artikel enthält Schritte zur Behebung von Fehlern.",
    entryIntro: "Führen Sie die folgenden Schritte in der angegebenen Reihenfolge aus, und wiederholen Sie dann den Vorgang:",
    message: (origin, subject, condition, operation) => `${subject} (${origin}) ${condition} beim Vorgang ${operation}`,
    causeTitle: (subject, problem) => `${subject} ${problem}`,
    causeText: (subject) => `Dieser Zustand verhindert, dass ${subject} den Vorgang abschließt.`,
    solutionSteps: (subject) => [`Prüfen Sie den Zustand von ${subject} im Portal.`, "Korrigieren Sie die gemeldete Konfiguration.", "Wiederholen Sie den Vorgang."],
    noStepsText: "Wenden Sie sich an den Support, wenn das Problem weiterhin besteht.",
  },
};

const services = ["backup", "site-recovery", "storage", "virtual-machines", "sql-database", "key-vault", "networking", "monitor"];

/** A small, seeded pseudo-random generator (mulberry32): the same seed gives the same corpus. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function say(term: Term, locale: SyntheticLocale): string {
  return term[localeColumn[locale]];
}

interface SyntheticCause {
  anchor: string;
  subject: Term;
  problem: Term;
}

interface SyntheticEntry {
  codes: string[];
  origin: Term;
  subject: Term;
  condition: Term;
  operation: Term;
  causes: SyntheticCause[];
}

interface SyntheticArticle {
  slug: string;
  service: string;
  part: number;
  causes: SyntheticCause[];
  entries: SyntheticEntry[];
}

export interface CorpusOptions {
  codes: number;
  locales?: readonly SyntheticLocale[];
  seed?: number;
}

export interface CorpusFile {
  /** `<locale>/<slug>.md` */
  path: string;
  text: string;
}

function plan(options: CorpusOptions): SyntheticArticle[] {
  const random = randomFrom(options.seed ?? 1);
  const taken = new Set<string>();
  const articles: SyntheticArticle[] = [];
  let made = 0;
  while (made < options.codes) {
    const service = services[articles.length % services.length] ?? "backup";
    const part = Math.floor(articles.length / services.length) + 1;
    const causes: SyntheticCause[] = Array.from({ length: 6 + Math.floor(random() * 7) }, (_, n) => {
      const subject = pick(random, subjects);
      const problem = pick(random, causeProblems);
      return { anchor: `the-${subject[2].replace(/\W+/g, "-").toLowerCase()}-${problem[0]}-${n + 1}`, subject, problem };
    });
    const entries: SyntheticEntry[] = [];
    const size = Math.min(options.codes - made, 20 + Math.floor(random() * 60));
    let codesHere = 0;
    while (codesHere < size) {
      const origin = pick(random, origins);
      const subject = pick(random, subjects);
      const condition = pick(random, conditions);
      const second = random() < 0.3 ? pick(random, subjects)[0] : "";
      let code = `${origin[0]}${subject[0]}${second}${condition[0]}`;
      for (let version = 2; taken.has(code.toLowerCase()); version++) code = `${origin[0]}${subject[0]}${second}${condition[0]}V${version}`;
      taken.add(code.toLowerCase());
      const codes = [code];
      // Now and then two codes share an entry, as `BackUpOperationFailed / BackUpOperationFailedV2` do.
      if (codesHere + 1 < size && random() < 0.06) {
        let alias = `${code}V2`;
        for (let version = 3; taken.has(alias.toLowerCase()); version++) alias = `${code}V${version}`;
        taken.add(alias.toLowerCase());
        codes.push(alias);
      }
      const stepCount = random() < 0.15 ? 0 : 1 + Math.floor(random() * Math.min(6, causes.length));
      const shuffled = [...causes].sort(() => random() - 0.5);
      entries.push({ codes, origin, subject, condition, operation: pick(random, operations), causes: shuffled.slice(0, stepCount) });
      codesHere += codes.length;
    }
    made += codesHere;
    articles.push({ slug: `synthetic-${service}-troubleshoot-part-${part}`, service, part, causes, entries });
  }
  return articles;
}

function renderArticle(article: SyntheticArticle, locale: SyntheticLocale, source: { sha256: string } | null): string {
  const t = text[locale];
  const title = t.articleTitle(article.service, article.part);
  const lines: string[] = [
    "---",
    `title: '${title.replace(/'/g, "''")}'`,
    `description: ${t.description(article.service)}`,
    `services: ${article.service}`,
    `ms.service: ${article.service}`,
    "ms.topic: troubleshooting",
    "ms.date: 12/03/2018",
    `ms.contentlocale: ${locale}`,
  ];
  if (source) lines.push("translation:", "  sourceLocale: pt-PT", `  sourceSha256: ${source.sha256}`, "  sourceDate: 12/03/2018");
  lines.push("---", `# <a name="troubleshoot-${article.slug}"></a>${title}`, "", t.intro, "");
  for (const entry of article.entries) {
    const message = t.message(say(entry.origin, locale), say(entry.subject, locale), say(entry.condition, locale), say(entry.operation, locale));
    const anchor = `${entry.codes[0]}-${entry.subject[2]}-${entry.condition[2]}`.replace(/\W+/g, "-").toLowerCase();
    lines.push(`## <a name="${anchor}"></a>${entry.codes.join(" / ")} - ${message}`, "");
    lines.push(`**${t.codeLabel}**: ${entry.codes.join(" / ")} <br>`, `**${t.messageLabel}**: ${message}<br>`, "");
    if (entry.causes.length === 0) {
      lines.push(t.noStepsText, "");
      continue;
    }
    lines.push(`${t.entryIntro}<br>`);
    entry.causes.forEach((cause, n) => {
      lines.push(`**${t.causeLabel} ${n + 1}: [${t.causeTitle(say(cause.subject, locale), say(cause.problem, locale))}](#${cause.anchor})**  `);
    });
    lines.push("");
  }
  lines.push(`## <a name="causes-and-solutions"></a>${t.causesHeading}`, "");
  for (const cause of article.causes) {
    const subject = say(cause.subject, locale);
    lines.push(`### <a name="${cause.anchor}"></a>${t.causeTitle(subject, say(cause.problem, locale))}`, t.causeText(subject), "");
    lines.push(`#### <a name="solution"></a>${t.solutionHeading}`, "");
    t.solutionSteps(subject).forEach((step, n) => lines.push(`${n + 1}. ${step}`));
    lines.push("");
  }
  return lines.join("\n");
}

/** The files of a synthetic corpus with exactly `codes` codes; pt-PT is the source and always written. */
export function syntheticCorpus(options: CorpusOptions): CorpusFile[] {
  const locales = options.locales ?? syntheticLocales;
  const files: CorpusFile[] = [];
  for (const article of plan(options)) {
    const sourceText = renderArticle(article, "pt-PT", null);
    const sha256 = createHash("sha256").update(sourceText).digest("hex");
    files.push({ path: `pt-PT/${article.slug}.md`, text: sourceText });
    for (const locale of locales) {
      if (locale !== "pt-PT") files.push({ path: `${locale}/${article.slug}.md`, text: renderArticle(article, locale, { sha256 }) });
    }
  }
  return files;
}
