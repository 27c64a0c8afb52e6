/**
 * The plan files of a roll-up: files as given, folders searched recursively for
 * .xlsx files. Excel's lock files (~$Plan.xlsx), hidden entries, our own outputs
 * (*.summary.xlsx, *.prepared.xlsx) and the roll-up being written are skipped in folders.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";

export interface PlanFile {
  /** What the roll-up shows: the path as given, or the folder joined with the path inside it. */
  file: string;
  /** The absolute path to read. */
  path: string;
}

const OWN_OUTPUTS = /\.(summary|prepared)\.xlsx$/i;

/** The reason a file system call failed, in words. */
export function fileErrorWhy(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return e instanceof Error ? e.message.split("\n")[0] : String(e);
}

export function isPlanFileName(name: string): boolean {
  return (
    /\.xlsx$/i.test(name) &&
    !name.startsWith("~$") &&
    !name.startsWith(".") &&
    !OWN_OUTPUTS.test(name)
  );
}

/**
 * Every plan file under the inputs, in the order given (a folder's files sorted by path),
 * each once. A path that does not exist is kept (its row says so); `rollup` refuses one before this.
 */
export async function collectPlanFiles(
  inputs: string[],
  exclude: string[] = []
): Promise<PlanFile[]> {
  const skip = new Set(exclude.map((e) => path.resolve(e)));
  const seen = new Set<string>();
  const found: PlanFile[] = [];
  const add = (file: string) => {
    const abs = path.resolve(file);
    if (seen.has(abs) || skip.has(abs)) return;
    seen.add(abs);
    found.push({ file, path: abs });
  };
  const visited = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    // A link back up the tree would loop for ever; each real folder is read once.
    const real = await fs.realpath(dir).catch(() => dir);
    if (visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const full = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        const st = await fs.stat(full).catch(() => null);
        isDir = !!st?.isDirectory();
        isFile = !!st?.isFile();
      }
      if (isDir) await walk(full);
      else if (isFile && isPlanFileName(e.name)) add(full);
    }
  };
  for (const input of inputs) {
    const st = await fs.stat(input).catch(() => null);
    if (st?.isDirectory()) await walk(input);
    else add(input);
  }
  return found;
}
