/**
 * Runs the index in its own process (for the kill -9 durability test):
 * `node --import tsx index-process.ts <data-dir> <token> [max-file-size]`. Prints `{"url": …}` once listening.
 */
import { parseConfig, startIndex } from '../../src/index';

const [dataDir, token, maxFileSize] = process.argv.slice(2);
if (!dataDir || !token) throw new Error('usage: index-process.ts <data-dir> <token> [max-file-size]');
const config = parseConfig({ limits: maxFileSize ? { maxFileSize: Number(maxFileSize) } : {} }, 'argv');
const index = await startIndex({ dataDir, apiToken: token, config });
process.stdout.write(`${JSON.stringify({ url: index.url, recovery: index.storage.recovery })}\n`);
process.once('SIGTERM', () => {
  void index.close().then(() => process.exit(0));
});
