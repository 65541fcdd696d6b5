import type { FileReport } from '@pypi-release/dists';
import { describe, expect, it } from 'vitest';
import type { PublishedFile } from '../src/publish';
import { orderForUpload, uploadAll } from '../src/upload-queue';

function file(filename: string): FileReport {
  return {
    path: `/dist/${filename}`,
    filename,
    kind: filename.endsWith('.whl') ? 'wheel' : 'sdist',
    name: 'demo',
    version: '1.0',
    size: 1,
    sha256: 'x',
    digests: undefined,
    metadata: undefined,
    members: [],
    problems: [],
  };
}

const wheels = Array.from({ length: 9 }, (_, i) => file(`demo-1.0-cp3${i}-abi3-any.whl`));
const sdist = file('demo-1.0.tar.gz');

describe('upload queue', () => {
  it('puts the sdist first', () => {
    expect(orderForUpload([...wheels, sdist])[0]).toBe(sdist);
  });

  it('uploads the sdist alone, then at most `concurrency` wheels at once', async () => {
    let inFlight = 0;
    let peak = 0;
    const events: string[] = [];
    const outcomes = await uploadAll(orderForUpload([...wheels, sdist]), 3, async (f) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      events.push(`start ${f.filename}`);
      await new Promise<void>((resolve) => setImmediate(resolve));
      events.push(`end ${f.filename}`);
      inFlight--;
      return { filename: f.filename } as PublishedFile;
    });
    expect(outcomes).toHaveLength(10);
    expect(events.slice(0, 2)).toEqual(['start demo-1.0.tar.gz', 'end demo-1.0.tar.gz']);
    expect(peak).toBe(3);
  });

  it('starts no new upload after a failure', async () => {
    const started: string[] = [];
    const outcomes = await uploadAll([sdist, ...wheels], 2, async (f) => {
      started.push(f.filename);
      if (f === sdist) throw new Error('refused');
      return { filename: f.filename } as PublishedFile;
    });
    expect(started).toEqual([sdist.filename]);
    expect(outcomes).toEqual([{ error: new Error('refused'), file: sdist }]);
  });
});
