/**
 * `npm run restore -- --data-dir DIR [--backup NAME] [--list]`: puts a backup back when the app
 * cannot start (decision 0022). Without --backup it restores the newest one; --list only lists.
 * `--from FILE.exarbak` restores an encrypted copy of the second folder (decision 0028).
 */
import { restoreCommand } from './restore/command';

void restoreCommand(process.argv.slice(2), (line) => console.log(line)).then((code) => process.exit(code));
