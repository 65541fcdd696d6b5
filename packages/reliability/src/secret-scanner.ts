/** The kinds of secret a release handles; a finding names the kind and the place, never the value. */
export type SecretKind = 'api-token' | 'oidc-jwt' | 'sigstore-jwt' | 'minted-token' | 'runner-token';

/** A secret found where it must never be: which kind, and where. */
export interface Leak {
  readonly kind: SecretKind;
  readonly place: string;
  /** How it appeared: as is, as the HTTP Basic credential, or as a JWT's signature alone. */
  readonly form: string;
}

interface Canary {
  readonly kind: SecretKind;
  readonly forms: ReadonlyArray<readonly [form: string, value: string]>;
}

/** The forms in which a secret could slip out: itself, `__token__:<it>` in base64 (Basic auth), a JWT's signature. */
function formsOf(kind: SecretKind, value: string): Array<[string, string]> {
  const forms: Array<[string, string]> = [['as is', value]];
  const jwt = kind === 'oidc-jwt' || kind === 'sigstore-jwt';
  if (!jwt) {
    forms.push(['as HTTP Basic', Buffer.from(`__token__:${value}`, 'utf8').toString('base64')]);
  }
  const signature = jwt ? value.split('.')[2] : undefined;
  if (signature && signature.length >= 16) forms.push(['JWT signature', signature]);
  return forms;
}

/**
 * Scans text for known secrets (canaries). Every `scan` is one place (a log line, a summary, an output, a file);
 * `places` counts them, `leaks` lists what was found. Canaries added later apply to later scans only, so add
 * them first (or keep the texts and scan at the end).
 */
export class SecretScanner {
  private readonly canaries = new Map<string, Canary>();
  readonly leaks: Leak[] = [];
  places = 0;

  add(kind: SecretKind, value: string): void {
    if (value.length < 8 || this.canaries.has(value)) return;
    this.canaries.set(value, { kind, forms: formsOf(kind, value) });
  }

  /**
   * A secret the code under test masked (`core.setSecret`, `maskSecret`): a JWT is an OIDC token, the base64 of
   * `__token__:…` is a Basic credential (its token is a canary already), anything else an upload token.
   */
  addMasked(value: string): void {
    if (/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(value)) this.add('oidc-jwt', value);
    else if (!Buffer.from(value, 'base64').toString('utf8').startsWith('__token__:'))
      this.add('minted-token', value);
  }

  get canaryCount(): number {
    return this.canaries.size;
  }

  /** Counts the canaries of each kind, e.g. `{ "oidc-jwt": 40 }`. */
  kinds(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const { kind } of this.canaries.values()) counts[kind] = (counts[kind] ?? 0) + 1;
    return counts;
  }

  /** Scans one place; `allowed` kinds belong there (a Sigstore token in the request to Fulcio). */
  scan(place: string, text: string | Buffer, allowed: ReadonlySet<SecretKind> = new Set()): void {
    this.places += 1;
    const haystack = typeof text === 'string' ? text : text.toString('latin1');
    for (const canary of this.canaries.values()) {
      if (allowed.has(canary.kind)) continue;
      for (const [form, value] of canary.forms) {
        if (haystack.includes(value)) this.leaks.push({ kind: canary.kind, place, form });
      }
    }
  }

  /**
   * What a step shows a person: its log line by line (less the runner's `::add-mask::` commands, which the runner
   * consumes and never shows), its summary and each output.
   */
  scanShown(
    place: string,
    shown: { log?: string; summary: string; outputs: Readonly<Record<string, string>> },
  ): void {
    if (shown.log !== undefined) this.scanLines(`${place} log`, shown.log.replace(/^::add-mask::.*$/gm, ''));
    this.scan(`${place} summary`, shown.summary);
    for (const [name, value] of Object.entries(shown.outputs)) this.scan(`${place} output ${name}`, value);
  }

  /** Scans each line of a log as its own place. */
  scanLines(place: string, log: string): void {
    log.split('\n').forEach((line, i) => {
      if (line.trim() !== '') this.scan(`${place}:${i + 1}`, line);
    });
  }
}
