/** A GitHub ID token's claims, read without verifying it (the index verifies; we only explain). */
export type Claims = Readonly<Record<string, unknown>>;

/** The claims PyPI's GitHub publisher looks at, in the order a person checks them (PYPI.md §1). */
export const RELEVANT_CLAIMS = [
  'repository',
  'repository_owner',
  'repository_owner_id',
  'workflow_ref',
  'job_workflow_ref',
  'ref',
  'sha',
  'environment',
  'event_name',
] as const;

/** The payload of a JWT, or undefined when it is not one. */
export function decodeClaims(jwt: string): Claims | undefined {
  const payload = jwt.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Claims)
      : undefined;
  } catch {
    return undefined;
  }
}

export function claim(claims: Claims, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `owner/repo/.github/workflows/file.yml@ref` split up. */
export interface WorkflowRef {
  readonly repository: string;
  readonly file: string;
  readonly ref: string;
}

export function parseWorkflowRef(value: string | undefined): WorkflowRef | undefined {
  const match = /^([^/]+\/[^/]+)\/\.github\/workflows\/([^/@]+)@(.+)$/.exec(value ?? '');
  if (!match) return undefined;
  return { repository: match[1] as string, file: match[2] as string, ref: match[3] as string };
}

/** Where the job runs: its own top-level workflow, or a reusable workflow of this or another repository. */
export type WorkflowContext =
  | { readonly kind: 'top-level'; readonly file: string | undefined }
  | {
      readonly kind: 'reusable-same-repository';
      readonly called: WorkflowRef;
      readonly callerFile: string | undefined;
    }
  | {
      readonly kind: 'reusable-other-repository';
      readonly called: WorkflowRef;
      readonly callerFile: string | undefined;
    };

export function workflowContext(claims: Claims): WorkflowContext {
  const repository = claim(claims, 'repository') ?? '';
  const job = parseWorkflowRef(claim(claims, 'job_workflow_ref'));
  const caller = parseWorkflowRef(claim(claims, 'workflow_ref'));
  if (job === undefined) return { kind: 'top-level', file: caller?.file };
  if (job.repository.toLowerCase() !== repository.toLowerCase()) {
    return { kind: 'reusable-other-repository', called: job, callerFile: caller?.file };
  }
  if (caller !== undefined && caller.file !== job.file) {
    return { kind: 'reusable-same-repository', called: job, callerFile: caller.file };
  }
  return { kind: 'top-level', file: job.file };
}

/** The relevant claims as aligned `name: value` lines. */
export function formatClaims(claims: Claims): string {
  return RELEVANT_CLAIMS.map((name) => `  ${name.padEnd(20)} ${claim(claims, name) ?? '(absent)'}`).join(
    '\n',
  );
}
