import type { BuildOptions } from 'esbuild';
import { lazyHttp2 } from './lazy-http2';

/**
 * The esbuild options every Node bundle of ours shares: the actions (scripts/build-actions.ts), the npm package's
 * CLI (scripts/cli-package.ts) and the benchmarks' probes (bench/support.ts). ES modules split into chunks, so
 * that code a run does not need (Sigstore, the index) is never loaded; a package's `module` build before its
 * `main` (esbuild's default for platform node is `main` first, which for hash-wasm is a UMD file with every
 * algorithm, 217 KB, where its ES module build tree-shakes); and a `require` in every chunk, which bundled
 * CommonJS dependencies call for node: built-ins (and `libsql`); and `node:http2` loaded only when undici opens an
 * HTTP/2 session, which we never ask for (scripts/lazy-http2.ts).
 */
export const NODE_ESM_BUNDLE = {
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  logLevel: 'error',
  plugins: [lazyHttp2],
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
} as const satisfies BuildOptions;
