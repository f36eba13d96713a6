/**
 * Translations held against their source article: which translated entry stands for
 * which source entry, whether a translation still matches its source, and what the
 * content check reports when it does not. Pure functions over the model.
 *
 * Codes and step ids come from the source; a translation only contributes text. So a
 * translated entry is found by its heading anchor or its codes (either may be mangled
 * by machine translation), and a translation whose steps differ from the source's is
 * not shown for that entry: its step ids, which checklist progress is keyed by, would
 * not match the other languages.
 */
import { DiagnosticChannel, DiagnosticSink } from "./diagnostics";
import type { Article, Diagnostic, ErrorEntry, Severity } from "./model";
import { baseVersion, isOriginal, matchEntries, versionsBySlug } from "./versions";

/** The translated entry of each source entry, by source entry id; absent when the translation lacks it. */
export type EntryPairing = Map<string, ErrorEntry>;

/** Pairs entries by heading anchor, by a shared code, then by position (lib/content/versions.ts). */
export function pairEntries(source: Article, translation: Article): EntryPairing {
  return new Map(matchEntries(source, translation).map(([sourceEntry, translated]) => [sourceEntry.id, translated]));
}

/** The same step ids in the same order: checklist progress carries over between the two. */
export function stepsMatch(sourceEntry: ErrorEntry, translated: ErrorEntry): boolean {
  return (
    sourceEntry.steps.length === translated.steps.length &&
    sourceEntry.steps.every((step, index) => step.id === translated.steps[index]?.id)
  );
}

/**
 * The translation was made from the source as it is now: our translations record the
 * source's SHA-256; a vendor's translation held against its original has the same ms.date.
 */
export function translationIsCurrent(translation: Article, source: Article): boolean {
  if (translation.translation) return translation.translation.sourceSha256 === source.sha256;
  return isOriginal(source) && translation.date !== null && translation.date === source.date;
}

/**
 * Diagnostics for every translation in the model, against the version it is laid over
 * (lib/content/versions.ts). A vendor's machine translation held against its original is
 * not ours to keep in step: what matters of it, its codes, is reported when the original's
 * codes are adopted.
 */
export function checkTranslations(articles: readonly Article[]): Diagnostic[] {
  const channel = new DiagnosticChannel();
  for (const versions of versionsBySlug(articles).values()) {
    const base = baseVersion(versions);
    for (const article of versions) {
      const record = article.translation;
      if (record && !versions.some((version) => version.locale === record.sourceLocale)) {
        channel
          .file(article.file)
          .warning(
            `the front matter names ${record.sourceLocale} as the source, but there is no ${record.sourceLocale}/${article.slug}.md; the article is published as an original`,
          );
        continue;
      }
      if (!base || base === article) continue;
      // A vendor's versions are not ours to keep in step: a machine translation and its original.
      if (isOriginal(base) && article.provenance === "machine-translation") continue;
      if (isOriginal(article) && base.provenance === "machine-translation") continue;
      channel.add(compareTranslation(base, article));
    }
  }
  return channel.items;
}

/** Compares one translation with its source: provenance, anchors, entries, codes and steps. */
export function compareTranslation(source: Article, translation: Article): Diagnostic[] {
  const sink = new DiagnosticSink(translation.file);
  const report: Report = (severity, line, message, hint) => sink.report(severity, message, { line }, hint);
  const pairing = pairEntries(source, translation);

  if (!translation.translation?.sourceSha256) {
    report(
      "warning",
      1,
      `the translation does not record which version of ${source.file} it translates; its pages say it may be out of date`,
      `add to the front matter: translation: { sourceLocale: ${source.locale}, sourceSha256: ${source.sha256} }`,
    );
  } else if (!translationIsCurrent(translation, source)) {
    report(
      "warning",
      1,
      `the translation was made from another version of ${source.file}; its pages say it may be out of date`,
      `bring it up to date, then set translation.sourceSha256 to ${source.sha256}`,
    );
  }

  const translatedAnchors = new Set(translation.anchors);
  for (const anchor of source.anchors) {
    if (translatedAnchors.has(anchor)) continue;
    report(
      "error",
      lineForAnchor(anchor, source, translation, pairing),
      `anchor "${anchor}" of the source is missing; links and steps that point to it break`,
      `add <a name="${anchor}"></a> where ${source.file} has it`,
    );
  }

  let furthest = -1;
  let furthestId = "";
  source.entries.forEach((sourceEntry, index) => {
    const translated = pairing.get(sourceEntry.id);
    if (!translated) {
      report(
        "warning",
        lineWhereMissing(index, source, translation, pairing),
        `error entry ${sourceEntry.codes.join(" / ")} (${source.file}:${sourceEntry.line}) is missing; its page shows the source text`,
      );
      return;
    }
    const position = translation.entries.indexOf(translated);
    if (position < furthest) {
      report("warning", translated.line, `error entry ${sourceEntry.id} comes before ${furthestId} here, after it in the source`);
    } else {
      furthest = position;
      furthestId = sourceEntry.id;
    }
    if (translated.codes.join(" / ") !== sourceEntry.codes.join(" / ")) {
      report(
        "warning",
        translated.line,
        `the code line reads ${translated.visibleCodes.join(" / ")} where the source has ${sourceEntry.codes.join(" / ")}; the pages keep the source's codes`,
      );
    }
    compareSteps(sourceEntry, translated, source, report);
  });

  const paired = new Set(pairing.values());
  for (const entry of translation.entries) {
    if (paired.has(entry)) continue;
    report("warning", entry.line, `error entry ${entry.codes.join(" / ")} is not in the source; it is not published`);
  }
  return sink.items;
}

type Report = (severity: Severity, line: number, message: string, hint?: string) => void;

function compareSteps(sourceEntry: ErrorEntry, translated: ErrorEntry, source: Article, report: Report): void {
  if (stepsMatch(sourceEntry, translated)) return;
  const hint = "until the steps match the source's, this error's pages show the source text";
  const translatedIds = new Set(translated.steps.map((step) => step.id));
  const sourceIds = new Set(sourceEntry.steps.map((step) => step.id));
  let counted = 0;
  for (const step of sourceEntry.steps) {
    if (translatedIds.has(step.id)) continue;
    counted++;
    report("warning", translated.line, `${sourceEntry.id}: step "${step.id}" (${source.file}:${step.line}) is missing`, hint);
  }
  for (const step of translated.steps) {
    if (sourceIds.has(step.id)) continue;
    counted++;
    report("warning", step.line, `${sourceEntry.id}: step "${step.label}" (#${step.id}) is not in the source`, hint);
  }
  if (counted === 0) {
    const first = translated.steps.find((step, index) => step.id !== sourceEntry.steps[index]?.id);
    report(
      "warning",
      first?.line ?? translated.line,
      `${sourceEntry.id}: the steps are in another order than in the source (${sourceEntry.steps.map((step) => step.id).join(", ")})`,
      hint,
    );
  }
}

/** Where a missing anchor is felt: a translated step that links to it, else the entry that should hold it. */
function lineForAnchor(anchor: string, source: Article, translation: Article, pairing: EntryPairing): number {
  const linking = translation.entries.flatMap((entry) => entry.steps).find((step) => step.target === anchor);
  if (linking) return linking.line;
  const holderIndex = source.entries.findIndex((entry) => entry.anchor === anchor || entry.anchors.includes(anchor));
  const holder = source.entries[holderIndex];
  if (!holder) return 1;
  return pairing.get(holder.id)?.line ?? lineWhereMissing(holderIndex, source, translation, pairing);
}

/** A missing entry is reported where it would be: at the translation of the next source entry. */
function lineWhereMissing(index: number, source: Article, translation: Article, pairing: EntryPairing): number {
  for (const next of source.entries.slice(index + 1)) {
    const translated = pairing.get(next.id);
    if (translated) return translated.line;
  }
  return translation.entries.at(-1)?.line ?? 1;
}
