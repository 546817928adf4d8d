/**
 * The passphrase of an encrypted copy, typed at a terminal without being shown (it must not stay on
 * the screen or in a recording of it), or the first line of the standard input when a script pipes it.
 */
import { createInterface } from 'node:readline';

function firstLine(): Promise<string> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: process.stdin, terminal: false });
    let answered = false;
    lines.once('line', (line) => {
      answered = true;
      lines.close();
      resolve(line);
    });
    lines.once('close', () => {
      if (!answered) resolve('');
    });
  });
}

function hidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    process.stdout.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    let typed = '';
    const done = (value: string) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stdout.write('\n');
      resolve(value);
    };
    const onData = (data: Buffer) => {
      for (const char of data.toString('utf8')) {
        if (char === '\r' || char === '\n') return done(typed);
        // Ctrl+C or Ctrl+D: nothing typed counts, the restore does not start.
        if (char === '\u0003' || char === '\u0004') return done('');
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

export function readPassphrase(prompt: string): Promise<string> {
  return process.stdin.isTTY ? hidden(prompt) : firstLine();
}
