import { NO_PIP_CONFIG } from './fresh-python';

/**
 * The environment a job starts with, as on a fresh runner: its own empty HOME, pip pointed at the local index
 * (which plays PyPI) and at nothing else — no pip configuration file of this machine, none of its `PIP_*`
 * variables (find-links, extra indexes, constraints: nothing of them is passed on) — and this machine's PATH.
 */
export function freshJobEnv(home: string, simpleUrl: string): Record<string, string> {
  return {
    HOME: home,
    PIP_INDEX_URL: simpleUrl,
    ...NO_PIP_CONFIG,
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
    PIP_RETRIES: '0',
  };
}

/** The PATH a step sees: the folders added so far (setup-python's, last added first), then this machine's. */
export function stepPath(added: readonly string[]): string {
  return [...added, process.env.PATH ?? ''].filter(Boolean).join(':');
}
