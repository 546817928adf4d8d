/**
 * The parts of docs/benchmarks.md measured on their own sit between `<!-- name:start -->` and
 * `<!-- name:end -->`: a run of one part replaces its own text and keeps the rest of the file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Replaces the text between the markers `start` and `end` (both included in `section`), or appends it. */
export function writeMarkedSection(file: string, start: string, end: string, section: string): void {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next = from >= 0 && to > from ? `${current.slice(0, from)}${section}${current.slice(to + end.length)}` : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
