/**
 * Runs a command and measures it as a whole: wall time, and peak memory of the whole
 * process tree (a build forks workers, so one process's RSS would miss most of it).
 * Memory is the sum of each process's proportional set size (PSS: shared pages are
 * split between the processes sharing them), read from /proc every 200 ms. CPU time is
 * what bash's `times` reports for its children: every process of the tree that was
 * waited for, which on a busy machine says more than the wall time.
 */
import { spawn } from "node:child_process";
import { createWriteStream, readdirSync, readFileSync } from "node:fs";

const sampleEveryMs = 200;

function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue; // the process ended while we looked
    }
    // The command name (2nd field) is in parentheses and may hold spaces: the parent pid is the 2nd field after it.
    const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  return children;
}

function treeOf(root: number): number[] {
  const children = childrenByParent();
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] ?? -1) ?? []));
  return tree;
}

/** Bytes of memory a process holds: PSS when readable, else RSS, else 0 (it has ended). */
function memoryOf(pid: number): number {
  for (const [file, field] of [
    [`/proc/${pid}/smaps_rollup`, "Pss:"],
    [`/proc/${pid}/status`, "VmRSS:"],
  ] as const) {
    try {
      const line = readFileSync(file, "utf8")
        .split("\n")
        .find((candidate) => candidate.startsWith(field));
      if (line) return Number(line.slice(field.length).trim().split(/\s+/)[0]) * 1024;
    } catch {
      // try the next source
    }
  }
  return 0;
}

/** `times` prints "0m0.010s 0m0.002s" for the shell, then the same for its children. */
function childrenCpuMs(times: string): number {
  const children = times.trim().split("\n")[1] ?? "";
  const durations = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((match) => Number(match[1]) * 60_000 + Number(match[2]) * 1000);
  return durations.reduce((sum, value) => sum + value, 0);
}

export interface MeasuredRun {
  exitCode: number;
  wallMs: number;
  /** User + system CPU time of the whole tree. */
  cpuMs: number;
  /** Highest total memory of the process tree seen at one time. */
  peakBytes: number;
  /** Highest number of processes in the tree seen at one time. */
  peakProcesses: number;
  output: string;
}

export interface RunOptions {
  env?: Record<string, string>;
  /** The working directory (this one by default). */
  cwd?: string;
  /** Where to copy the command's output as it comes (besides returning it). */
  logFile?: string;
  /** Echo the output lines that match, to show progress. */
  echo?: (line: string) => boolean;
}

export function runMeasured(command: string, args: string[], options: RunOptions = {}): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // bash runs the command, then writes its children's CPU times (`times`, 2nd line) to fd 3.
    const script = '"$@"; status=$?; times >&3; exit $status';
    const child = spawn("bash", ["-c", script, "bash", command, ...args], {
      env: { ...process.env, ...options.env },
      cwd: options.cwd,
      stdio: ["ignore", "pipe", "pipe", "pipe"],
    });
    let times = "";
    child.stdio[3]?.on("data", (chunk: Buffer) => (times += chunk.toString()));
    const log = options.logFile ? createWriteStream(options.logFile) : null;
    let output = "";
    let peakBytes = 0;
    let peakProcesses = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const tree = treeOf(child.pid);
      peakProcesses = Math.max(peakProcesses, tree.length);
      peakBytes = Math.max(peakBytes, tree.reduce((sum, pid) => sum + memoryOf(pid), 0));
    };
    const timer = setInterval(sample, sampleEveryMs);
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      log?.write(text);
      if (options.echo) for (const line of text.split(/\r?\n/)) if (line.trim() && options.echo(line)) console.log(`    ${line.trim()}`);
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearInterval(timer);
      log?.end();
      resolve({ exitCode: code ?? 1, wallMs: performance.now() - started, cpuMs: childrenCpuMs(times), peakBytes, peakProcesses, output });
    });
  });
}
