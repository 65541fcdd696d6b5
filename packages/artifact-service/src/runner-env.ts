/**
 * Runs `fn` with `env` merged into process.env, then restores the previous values. `@actions/artifact` reads the
 * runner's variables (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL, GITHUB_WORKSPACE) from process.env at each
 * call, so tests acting as a job of a run wrap their client calls in this. Not safe for concurrent jobs.
 */
export async function withRunnerEnv<T>(
  env: Readonly<Record<string, string>>,
  fn: () => Promise<T>,
): Promise<T> {
  const previous = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await fn();
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
