/**
 * Entry of the core process (built to out/main/core-host.js). Main forks it with Electron's
 * `utilityProcess`, so a long batch or the matching warm-up runs here and never freezes the window;
 * the tests fork it with Node (`tests/integration/core-process.test.ts`).
 */
import { nodeIpcChannel, parentPortChannel, type ParentPortLike } from './channels';
import { runCoreHost } from './host';
import { decodeCoreOptions } from './protocol';

const port = (process as { parentPort?: ParentPortLike }).parentPort;
const channel = port ? parentPortChannel(port) : process.send ? nodeIpcChannel() : null;
const options = decodeCoreOptions(process.argv);

if (!channel || !options) {
  // Only a wrong launch gets here (run by hand, or an old main): nothing to open, nobody to tell.
  console.error('core-host: avviato senza il processo principale o senza le opzioni.');
  process.exit(2);
} else {
  runCoreHost(channel, options, { exit: (code) => process.exit(code) });
}
