/**
 * Runs the local Sigstore until interrupted, for a person or a script:
 *   tsx packages/sigstore-local/src/bin.ts --issuer https://token.actions.githubusercontent.com \
 *     --jwks-url http://127.0.0.1:PORT/.well-known/jwks --trusted-root ./trusted_root.json
 * Prints the Fulcio and Rekor URLs; writes the trusted root that verifies what they issue.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { startLocalSigstore } from './local-sigstore';

const USAGE =
  'usage: sigstore-local --issuer <iss> --jwks-url <url> [--issuer <iss> --jwks-url <url>]... ' +
  '[--trusted-root <file>] [--host 127.0.0.1]';

const { values } = parseArgs({
  options: {
    issuer: { type: 'string', multiple: true, default: [] },
    'jwks-url': { type: 'string', multiple: true, default: [] },
    'trusted-root': { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const issuers = values.issuer;
const jwksUrls = values['jwks-url'];
if (issuers.length === 0 || issuers.length !== jwksUrls.length) {
  console.error(
    `${USAGE}\nEach --issuer needs its --jwks-url (where that issuer publishes its signing keys).`,
  );
  process.exit(2);
}
const sigstore = await startLocalSigstore({
  host: values.host,
  issuers: issuers.map((issuer, i) => ({ issuer, jwksUrl: jwksUrls[i] as string })),
});
if (values['trusted-root'] !== undefined) {
  await writeFile(values['trusted-root'], `${JSON.stringify(sigstore.trustedRoot, null, 2)}\n`);
}
console.log(`Fulcio: ${sigstore.fulcioUrl}\nRekor:  ${sigstore.rekorUrl}`);
if (values['trusted-root'] !== undefined) console.log(`Trusted root: ${values['trusted-root']}`);
const stop = (): void => {
  sigstore.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
