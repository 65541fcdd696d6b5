import type { ArtifactService } from '@pypi-release/artifact-service';
import type { OidcIssuer } from '@pypi-release/oidc-issuer';
import type { JobResult, RunWorkflowOptions } from './types';

/** What every job of one run shares: the settings taken from the options once, and what the run collects. */
export interface RunContext {
  readonly options: RunWorkflowOptions;
  readonly toolkitRoot: string;
  readonly callerRepository: string;
  readonly toolkitRepository: string;
  readonly callerFile: string;
  readonly ref: string;
  readonly runId: number;
  /** The local index's simple URL: every job's `PIP_INDEX_URL`. */
  readonly simpleUrl: string;
  /** The interpreter a fresh setup-python venv is made from. */
  readonly basePython: string;
  /** Where the pristine setup-python venv is kept. */
  readonly cacheDir: string;
  readonly issuer: OidcIssuer;
  readonly artifacts: ArtifactService;
  readonly github: Record<string, string>;
  readonly jobs: JobResult[];
  readonly approvals: string[];
  readonly masks: Set<string>;
  readonly workflowOutputs: Record<string, Record<string, string>>;
  /** Records a mapping once. */
  readonly map: (text: string) => void;
  /** Numbers the jobs (workspaces, artifact job ids). */
  nextJob(): number;
}
