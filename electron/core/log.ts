/**
 * The application log: technical details (stack traces) go here, never to the UI.
 * Appends synchronously so a crash right after an error still leaves the line on disk.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

export function fileLogger(file: string): Logger {
  mkdirSync(dirname(file), { recursive: true });
  const write = (level: string, message: string) =>
    appendFileSync(file, `${new Date().toISOString()} ${level} ${message}\n`, 'utf8');
  return {
    info: (message) => write('INFO', message),
    error: (message, error) => write('ERROR', error === undefined ? message : `${message}\n${describe(error)}`),
  };
}

/** Keeps lines in memory; used by tests to assert what was logged. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => lines.push(`INFO ${message}`),
    error: (message, error) => lines.push(`ERROR ${message}${error === undefined ? '' : ` ${describe(error)}`}`),
  };
}
