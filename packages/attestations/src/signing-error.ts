import { AttestationError } from './errors';

/** Where the attester sends its requests and how hard it tries, to word a failure. */
export interface SigningContext {
  fulcioUrl: string;
  rekorUrl: string;
  timeoutMs: number;
  /** Attempts per request: 1 + retries. */
  attempts: number;
  /** Identity tokens handed to sigstore-js so far: never shown, whatever sigstore-js puts in its messages. */
  tokens: ReadonlySet<string>;
}

const STATUS_PAGE = 'https://status.sigstore.dev';

/** Which service a sigstore-js error code comes from (its CAClient and TLogClient codes). */
const SERVICES: Record<
  string,
  { name: string; role: string; url: 'fulcioUrl' | 'rekorUrl'; request: string }
> = {
  CA_CREATE_SIGNING_CERTIFICATE_ERROR: {
    name: 'Fulcio',
    role: "Sigstore's certificate authority",
    url: 'fulcioUrl',
    request: 'the signing certificate request',
  },
  TLOG_CREATE_ENTRY_ERROR: {
    name: 'Rekor',
    role: "Sigstore's transparency log",
    url: 'rekorUrl',
    request: 'the transparency log entry',
  },
  TLOG_FETCH_ENTRY_ERROR: {
    name: 'Rekor',
    role: "Sigstore's transparency log",
    url: 'rekorUrl',
    request: 'the lookup of the existing transparency log entry',
  },
};

/**
 * A sigstore-js failure as an AttestationError('SIGNING') naming the file, the service that failed (Fulcio or
 * Rekor, with its URL) and what to do; never an identity token, in the message or anywhere down its causes.
 */
export function signingError(error: unknown, filename: string, context: SigningContext): AttestationError {
  const code = errorCode(error);
  const cause = error instanceof Error ? error.cause : undefined;
  const service = code === undefined ? undefined : SERVICES[code];
  let detail: string;
  if (service !== undefined) {
    const named = `${service.name} (${context[service.url]})`;
    if (retried(cause)) {
      detail =
        `${named} ${failedTimes(context.attempts)} ${describe(cause, context)}: ${service.role} is ` +
        `unavailable; re-run the job later and check ${STATUS_PAGE} (${code})`;
    } else if (statusOf(cause) !== undefined) {
      detail = `${named} refused ${service.request}: ${describe(cause, context)} (${code})`;
    } else {
      detail = `${named}: ${fallback(error)}`;
    }
  } else if (code === 'IDENTITY_TOKEN_PARSE_ERROR') {
    detail = 'the identity token is not a JWT (IDENTITY_TOKEN_PARSE_ERROR)';
  } else {
    detail = fallback(error);
  }
  const message = redact(`could not sign the attestation for ${filename}: ${detail}`, context.tokens);
  // sigstore-js puts the token in IDENTITY_TOKEN_PARSE_ERROR's message: a cause that shows a token is dropped.
  const safeCause =
    code === 'IDENTITY_TOKEN_PARSE_ERROR' || showsToken(error, context.tokens) ? undefined : error;
  return new AttestationError('SIGNING', message, { cause: safeCause });
}

function failedTimes(attempts: number): string {
  return attempts === 1
    ? 'failed (no retries configured) with'
    : `failed ${attempts} times in a row, last with`;
}

function errorCode(error: unknown): string | undefined {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/**
 * What sigstore-js's fetchWithRetry retried until it gave up: a 408, 429 or 5xx answer, or no answer (a network
 * error or the request timeout). A body that fails to read or parse comes after it and is not retried.
 */
function retried(cause: unknown): boolean {
  const status = statusOf(cause);
  if (status !== undefined) return status === 408 || status === 429 || status >= 500;
  const type =
    cause instanceof Error && cause.name === 'FetchError' ? (cause as { type?: unknown }).type : undefined;
  return type === 'system' || type === 'request-timeout';
}

function statusOf(cause: unknown): number | undefined {
  const status = cause instanceof Error ? (cause as { statusCode?: unknown }).statusCode : undefined;
  return typeof status === 'number' ? status : undefined;
}

function describe(cause: unknown, context: SigningContext): string {
  if (!(cause instanceof Error)) return String(cause);
  if ((cause as { type?: unknown }).type === 'request-timeout')
    return `no answer within ${context.timeoutMs} ms`;
  return cause.message; // HTTPError: "(503) Service Unavailable"; FetchError: "request to … failed, reason: …"
}

function fallback(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = errorCode(error);
  const cause =
    error.cause instanceof Error && !error.message.includes(error.cause.message)
      ? `: ${error.cause.message}`
      : '';
  return code !== undefined ? `${error.message}${cause} (${code})` : `${error.message}${cause}`;
}

function redact(text: string, tokens: ReadonlySet<string>): string {
  let result = text;
  for (const token of tokens) if (token.length > 0) result = result.replaceAll(token, '***');
  return result;
}

function showsToken(error: unknown, tokens: ReadonlySet<string>): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 10; depth++) {
    for (const token of tokens) if (token.length > 0 && current.message.includes(token)) return true;
    current = current.cause;
  }
  return false;
}
