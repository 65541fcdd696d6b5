#!/usr/bin/env node
import { runCli } from './main';

const stopSignal = new Promise<string>((resolve) => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve(signal));
});

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  stopSignal,
});
process.exitCode = code;
// Pending signal listeners must not keep a finished command alive.
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
