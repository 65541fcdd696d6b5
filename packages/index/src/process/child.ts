/**
 * The entry of an index in a process of its own (started by `startIndexProcess`):
 * `node --import tsx child.ts <data-dir> <token> [config-json]`. Prints `{"url": …, "recovery": …}` once
 * listening; stops cleanly on SIGTERM, and also when its stdin ends (the parent died without stopping it).
 */
import { parseConfig } from '../config';
import { startIndex } from '../server';

const [dataDir, token, configJson] = process.argv.slice(2);
if (!dataDir || !token) throw new Error('usage: child.ts <data-dir> <token> [config-json]');
const config = parseConfig(configJson ? JSON.parse(configJson) : {}, 'argv');
const index = await startIndex({ dataDir, apiToken: token, config });
process.stdout.write(`${JSON.stringify({ url: index.url, recovery: index.storage.recovery })}\n`);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  void index.close().then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.stdin.on('end', stop).resume();
