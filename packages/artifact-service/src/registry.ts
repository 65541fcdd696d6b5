/** One artifact of a workflow run. Pending until finalized; only finalized ones are listed or downloaded. */
export interface ArtifactRecord {
  readonly id: number;
  readonly runId: string;
  readonly jobId: string;
  readonly name: string;
  /** The blob holding its bytes (a zip unless the client uploaded one raw file). */
  readonly blobName: string;
  readonly mimeType: string;
  readonly createdAt: Date;
  finalized: boolean;
  size: number;
  /** `sha256:<hex>` as the client reported it at finalization. */
  digest?: string;
}

export interface NewArtifact {
  readonly runId: string;
  readonly jobId: string;
  readonly name: string;
  readonly mimeType: string;
}

/** The artifacts of every run, in memory. Ids are unique across runs, like GitHub's database ids. */
export class ArtifactRegistry {
  readonly #byRun = new Map<string, ArtifactRecord[]>();
  #nextId = 1;

  /** Registers a pending artifact; undefined when the run already has an artifact of that name. */
  create(artifact: NewArtifact, now: Date): ArtifactRecord | undefined {
    const records = this.#run(artifact.runId);
    if (records.some((r) => r.name === artifact.name)) return undefined;
    const id = this.#nextId++;
    const file = artifact.mimeType === 'application/zip' ? `${artifact.name}.zip` : artifact.name;
    const record: ArtifactRecord = {
      ...artifact,
      id,
      blobName: `${artifact.runId}/${id}/${file}`,
      createdAt: now,
      finalized: false,
      size: 0,
    };
    records.push(record);
    return record;
  }

  find(runId: string, name: string): ArtifactRecord | undefined {
    return this.#run(runId).find((r) => r.name === name);
  }

  /** The finalized artifacts of a run, oldest first. */
  list(runId: string): ArtifactRecord[] {
    return this.#run(runId).filter((r) => r.finalized);
  }

  /** Every artifact of a run, pending ones too. */
  all(runId: string): ArtifactRecord[] {
    return [...this.#run(runId)];
  }

  remove(record: ArtifactRecord): void {
    const records = this.#run(record.runId);
    records.splice(records.indexOf(record), 1);
  }

  #run(runId: string): ArtifactRecord[] {
    let records = this.#byRun.get(runId);
    if (!records) {
      records = [];
      this.#byRun.set(runId, records);
    }
    return records;
  }
}
