import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      // @actions/workflow-parser is inlined (below) but ships source maps without their sources: load its
      // files without the map comment, so that Vite does not warn once per file.
      name: 'workflow-parser-without-source-maps',
      load(id) {
        if (!/@actions\/workflow-parser\/dist\/.*\.js$/.test(id)) return null;
        return readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
      },
    },
  ],
  test: {
    include: ['packages/*/test/**/*.test.ts', 'actions/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }`: let Vite load it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    reporters: ['default', './test/support/summary-reporter.ts'],
    globalSetup: ['./test/support/python-tools.ts'],
  },
});
