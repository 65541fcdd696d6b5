import { inspect } from 'node:util';
import { InternalError } from '@sigstore/sign';
import { describe, expect, it } from 'vitest';
import { AttestationError } from '../src/index';
import { type SigningContext, signingError } from '../src/signing-error';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm9jdG8ifQ.c2lnbmF0dXJl';
const CONTEXT: SigningContext = {
  fulcioUrl: 'https://fulcio.example',
  rekorUrl: 'https://rekor.example',
  timeoutMs: 1000,
  attempts: 3,
  tokens: new Set([TOKEN]),
};

describe('signing error wording', () => {
  it('a failure after the answer arrived (a body that does not parse) names the service, without "re-run"', () => {
    const error = signingError(
      new InternalError({
        code: 'TLOG_CREATE_ENTRY_ERROR',
        message: 'error creating tlog entry',
        cause: new SyntaxError('Unexpected token < in JSON at position 0'),
      }),
      'demo-1.0.tar.gz',
      CONTEXT,
    );
    expect(error).toBeInstanceOf(AttestationError);
    expect(error.message).toBe(
      'could not sign the attestation for demo-1.0.tar.gz: Rekor (https://rekor.example): error creating tlog ' +
        'entry: Unexpected token < in JSON at position 0 (TLOG_CREATE_ENTRY_ERROR)',
    );
  });

  it('an identity token inside any message is masked, and a cause that shows it is dropped', () => {
    const leaky = new InternalError({
      code: 'IDENTITY_TOKEN_READ_ERROR',
      message: `error retrieving identity token ${TOKEN}`,
      cause: new Error(`provider said: bad token ${TOKEN}`),
    });
    const error = signingError(leaky, 'demo-1.0.tar.gz', CONTEXT);
    expect(error.message).toBe(
      'could not sign the attestation for demo-1.0.tar.gz: error retrieving identity token ***: provider said: ' +
        'bad token *** (IDENTITY_TOKEN_READ_ERROR)',
    );
    expect(error.cause).toBeUndefined();
    expect(inspect(error, { depth: 10 })).not.toContain(TOKEN);
  });

  it('keeps the cause when it shows no token', () => {
    const plain = new InternalError({
      code: 'IDENTITY_TOKEN_READ_ERROR',
      message: 'error retrieving identity token',
    });
    expect(signingError(plain, 'demo-1.0.tar.gz', CONTEXT).cause).toBe(plain);
  });
});
