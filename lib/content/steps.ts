/**
 * The ordered steps of an error entry. Cause lines are recognised by their shape, never
 * by their wording: a bold line holding an in-page link ("**Causa 1: [title](#anchor)**",
 * "**[title](#anchor)**"), a bold "Label N: title" with or without a link, a bold
 * "**Passo 1**: title", or a heading "##### Cause 1: [title](#anchor)". Without cause
 * lines, the entry's first numbered procedure gives the steps.
 */
import type { Heading, List, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import { safeDecode } from "../decode";
import { type AnchorTable, sectionAt } from "./anchors";
import type { DiagnosticSink } from "./diagnostics";
import { codeLineValue, messageLineValue, stepWordKind } from "./labels";
import { joinLines, type Line, plainText, splitLines, stringifyMarkdown, trimLine } from "./markdown";
import type { Step, StepKind } from "./model";

interface CauseLine {
  kind: StepKind;
  label: string;
  title: string;
  target: string | null;
  line: number;
}

/**
 * A label word of a procedure's steps ("**Passo 1**:", in any language of the label sets)
 * numbers steps; any other word ("Causa", "Cause", a mistranslation like "Fazer com que")
 * numbers causes.
 */
function kindOfLabel(word: string): StepKind {
  return stepWordKind(word) === "step" ? "step" : "cause";
}

const numberedLabel = /^([^\d:]{1,40}?)\s*(\d{1,2})\s*[:.]\s*(.+)$/s;
const bareNumberedLabel = /^[^\d:]{1,40}?\s*\d{1,2}$/;

/** Label and title of a cause from its content, which may hold an in-page link. */
function causeOf(content: PhrasingContent[], line: number, linkRequired: boolean): CauseLine | null {
  const link = content.find((node) => node.type === "link" && node.url.startsWith("#"));
  const target = link?.type === "link" ? safeDecode(link.url.slice(1)) : null;
  const numbered = numberedLabel.exec(plainText(content));
  if (numbered) {
    const [, word = "", number = "", title = ""] = numbered;
    if (target === null && linkRequired) return null;
    return { kind: kindOfLabel(word), label: `${word.trim()} ${number}`, title: title.trim(), target, line };
  }
  if (target === null) return null;
  return { kind: "cause", label: "", title: plainText(content), target, line };
}

/** The content of a line that is a cause: one bold span, or a bold "Label N" followed by ": title". */
function causeContentOf(line: Line): PhrasingContent[] | null {
  const [first, ...rest] = trimLine(line.nodes);
  if (first?.type !== "strong") return null;
  if (rest.length === 0) return first.children;
  const follows = plainText(rest);
  if (bareNumberedLabel.test(plainText(first)) && /^[:.\-–]/.test(follows)) return [...first.children, ...rest];
  return null;
}

function causeLineOf(line: Line, fallbackLine: number): CauseLine | null {
  const content = causeContentOf(line);
  const first = line.nodes.find((node) => node.type === "strong");
  return content ? causeOf(content, first?.position?.start.line ?? fallbackLine, false) : null;
}

function causeHeadingOf(heading: Heading): CauseLine | null {
  const content = heading.children.filter((child) => child.type !== "html");
  return causeOf(content, heading.position?.start.line ?? 1, true);
}

function paragraphOf(children: PhrasingContent[], like: Paragraph): Paragraph | null {
  return children.length ? { type: "paragraph", children, position: like.position } : null;
}

function isLabelLine(text: string): boolean {
  return codeLineValue(text) !== null || messageLineValue(text) !== null;
}

interface Layout {
  intro: RootContent[];
  body: RootContent[];
  causes: Array<CauseLine & { inline: RootContent[] }>;
}

/**
 * Takes code, message and cause lines out of the entry's content. What precedes the first
 * cause is the intro; what follows a cause without a link is that cause's own solution;
 * what follows a linked cause is the body.
 */
function layoutOf(nodes: RootContent[], headingLine: number): Layout {
  const layout: Layout = { intro: [], body: [], causes: [] };
  const into = (): RootContent[] => {
    const last = layout.causes[layout.causes.length - 1];
    if (!last) return layout.intro;
    return last.target === null ? last.inline : layout.body;
  };
  const addCause = (cause: CauseLine): void => {
    layout.causes.push({ ...cause, inline: [] });
  };
  for (const node of nodes) {
    const headingCause = node.type === "heading" ? causeHeadingOf(node) : null;
    if (headingCause) {
      addCause(headingCause);
      continue;
    }
    if (node.type !== "paragraph") {
      into().push(node);
      continue;
    }
    let kept: Line[] = [];
    const flush = (): void => {
      const paragraph = paragraphOf(joinLines(kept), node);
      if (paragraph) into().push(paragraph);
      kept = [];
    };
    for (const line of splitLines(node.children)) {
      if (isLabelLine(plainText(line.nodes))) continue;
      const cause = causeLineOf(line, node.position?.start.line ?? headingLine);
      if (cause) {
        flush();
        addCause(cause);
      } else {
        kept.push(line);
      }
    }
    flush();
  }
  return layout;
}

/** Without cause lines, the steps are the entry's first numbered procedure. */
function procedureSteps(layout: Layout): Step[] {
  const listIndex = layout.intro.findIndex((node) => node.type === "list" && node.ordered === true);
  const list = layout.intro[listIndex] as List | undefined;
  if (!list) return [];
  const steps = list.children.map((item, index): Step => {
    const [first, ...detail] = item.children;
    const n = index + 1;
    return {
      id: `step-${n}`,
      n,
      kind: "step",
      label: String((list.start ?? 1) + index),
      title: first ? plainText(first) : "",
      target: null,
      solution: detail.length ? stringifyMarkdown(detail) : null,
      line: item.position?.start.line ?? 1,
    };
  });
  layout.body = [...layout.intro.slice(listIndex + 1), ...layout.body];
  layout.intro = layout.intro.slice(0, listIndex);
  return steps;
}

function stepsFromCauses(tree: Root, anchors: AnchorTable, causes: Layout["causes"], sink: DiagnosticSink): Step[] {
  const used = new Set<string>();
  return causes.map((cause, index): Step => {
    const n = index + 1;
    let id = cause.target ?? `step-${n}`;
    if (used.has(id)) id = `${id}-${n}`;
    used.add(id);
    let solution: string | null = stringifyMarkdown(cause.inline) || null;
    if (cause.target !== null) {
      const target = anchors.targets.get(cause.target);
      if (target) {
        solution = stringifyMarkdown(sectionAt(tree, target)) || null;
      } else {
        const name = cause.label ? `"${cause.label}"` : `the cause "${cause.title}"`;
        sink.warning(
          `${name} links to #${cause.target}, which is not an anchor in this article; the step is shown without a solution`,
          { line: cause.line },
          `add <a name="${cause.target}"></a> to the heading it means, or correct the link`,
        );
      }
    }
    return { id, n, kind: cause.kind, label: cause.label, title: cause.title, target: cause.target, solution, line: cause.line };
  });
}

export interface EntryLayout {
  intro: RootContent[];
  steps: Step[];
  body: RootContent[];
}

/** An entry whose steps are all steps of a procedure is presented as steps to follow, not as possible causes. */
export function isProcedure(steps: readonly Pick<Step, "kind">[]): boolean {
  return steps.length > 0 && steps.every((step) => step.kind === "step");
}

/** Splits an entry's section into guidance before the steps, the steps, and guidance after them. */
export function layoutEntry(
  tree: Root,
  nodes: RootContent[],
  anchors: AnchorTable,
  sink: DiagnosticSink,
  headingLine: number,
): EntryLayout {
  const layout = layoutOf(nodes, headingLine);
  const steps = layout.causes.length ? stepsFromCauses(tree, anchors, layout.causes, sink) : procedureSteps(layout);
  return { intro: layout.intro, steps, body: layout.body };
}
