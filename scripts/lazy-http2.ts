import { readFileSync } from 'node:fs';
import { constants } from 'node:http2';
import { relative, sep } from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * undici's HTTP/1.1 client requires its HTTP/2 client, which requires `node:http2` when it loads, although only a
 * connection that negotiated HTTP/2 (`allowH2`, which we never set) ever uses it. Loading `node:http2` costs
 * ~25 ms of Node 24's start here (`node -e 'require("node:http2")'` against `node -e 'require("node:http")'`),
 * about a tenth of the publish action's cold start. In the bundles, that one file's `node:http2` becomes a module
 * holding the constants it reads when it loads (copied from `node:http2` at build time: protocol header names and
 * error codes) and a `connect` that loads the real `node:http2` when called. The build fails if the file uses
 * anything else from the module, so an undici upgrade cannot silently break HTTP/2.
 */
const CLIENT_H2 = /[\\/]undici[\\/]lib[\\/]dispatcher[\\/]client-h2\.js$/;

export const lazyHttp2: Plugin = {
  name: 'lazy-http2',
  setup(build) {
    build.onResolve({ filter: /^node:http2$/ }, (args) => {
      // the module below requires the real node:http2 (its importer is in our namespace): that stays external
      if (args.namespace !== 'file' || !CLIENT_H2.test(args.importer)) return undefined;
      // A path relative to the working directory: esbuild writes it into the bundle, which must not depend on
      // where the repository is checked out (check:bundles compares a fresh build with the committed one).
      const root = build.initialOptions.absWorkingDir ?? process.cwd();
      return {
        path: relative(root, args.importer).split(sep).join('/'),
        namespace: 'lazy-http2',
        pluginData: { file: args.importer },
      };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-http2' }, (args) => {
      const file = (args.pluginData as { file: string }).file;
      const source = readFileSync(file, 'utf8');
      const used = new Set([...source.matchAll(/\bhttp2\.(\w+)/g)].map((m) => m[1]));
      const unexpected = [...used].filter((name) => name !== 'connect' && name !== 'constants');
      const block = /\bconstants:\s*\{([^}]*)\}\s*\}\s*=\s*http2\b/.exec(source);
      if (unexpected.length > 0 || !block?.[1]) {
        throw new Error(
          `${file}: scripts/lazy-http2.ts expects only http2.connect and a destructured http2.constants; found ${[...used].join(', ') || 'no destructuring'}: update the plugin for this undici`,
        );
      }
      const names = block[1]
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
      const table = Object.fromEntries(
        names.map((name) => {
          const value = (constants as Record<string, unknown>)[name];
          if (value === undefined) throw new Error(`node:http2 has no constant ${name} (${file})`);
          return [name, value];
        }),
      );
      return {
        loader: 'js',
        contents:
          "// node:http2 for undici's HTTP/2 client, loaded on first connect (scripts/lazy-http2.ts)\n" +
          `module.exports = { constants: ${JSON.stringify(table)}, connect: (...args) => require('node:http2').connect(...args) };\n`,
      };
    });
  },
};
