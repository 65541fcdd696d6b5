/**
 * zod's tree-shakable API (`zod/mini`) with English error messages, for every package's schemas. zod/mini loads no
 * locale of its own (every message would read "Invalid input"), and classic `zod` cannot be tree-shaken (454 KB
 * minified in a bundle, most of the CLI's start-up): `import * as z from '@pypi-release/zod'` (scripts/check-deps.ts
 * refuses zod imported anywhere else). A namespace import of this module's `export *` lets esbuild keep only what
 * is used.
 */
import { en } from 'zod/locales';
import { config } from 'zod/mini';

config(en());

export * from 'zod/mini';
