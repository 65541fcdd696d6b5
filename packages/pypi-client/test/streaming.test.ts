import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '@pypi-release/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody, progressReporter } from '../src/index';
import { recordingLogger } from './support/stack';

const SIZE = 5 * 1024 * 1024 + 123;
let dir: Awaited<ReturnType<typeof tempDir>>;
let path: string;

beforeAll(async () => {
  dir = await tempDir('pypi-client-stream-');
  path = join(dir.path, 'big.whl');
  await writeFile(path, '');
  await truncate(path, SIZE);
});
afterAll(async () => {
  await dir.cleanup();
});

describe('multipart body', () => {
  it('streams the file in chunks of at most 1 MiB, and its length is known up front', async () => {
    const body = multipartBody(
      [
        ['name', 'x'],
        ['classifiers', 'A'],
        ['classifiers', 'B'],
      ],
      {
        field: 'content',
        filename: 'big.whl',
        path,
        size: SIZE,
      },
    );
    let total = 0;
    let largest = 0;
    const seen: number[] = [];
    for await (const chunk of body.stream((sent) => seen.push(sent))) {
      total += chunk.length;
      largest = Math.max(largest, chunk.length);
    }
    expect(total).toBe(body.length);
    expect(largest).toBeLessThanOrEqual(1024 * 1024);
    expect(seen.at(-1)).toBe(SIZE);
  });

  it('fails when the file changed size since it was checked', async () => {
    const body = multipartBody([], { field: 'content', filename: 'big.whl', path, size: SIZE - 1 });
    const drain = async () => {
      for await (const _ of body.stream()) {
        // consume
      }
    };
    await expect(drain()).rejects.toThrow(/grew while it was being uploaded/);
  });
});

describe('upload progress', () => {
  it('logs at a steady interval, not per chunk, with percent and throughput', () => {
    const logger = recordingLogger();
    let now = 0;
    const report = progressReporter('big.whl', 100 * 1024 * 1024, {
      logger,
      now: () => now,
      intervalMs: 10_000,
    });
    for (let sent = 0; sent <= 100; sent++) {
      now = sent * 1000; // 1 MiB per second, 1 chunk per MiB
      report?.(sent * 1024 * 1024);
    }
    expect(logger.lines).toHaveLength(10);
    expect(logger.lines[0]).toBe('info: big.whl: 10% (10.0 MiB of 100.0 MiB, 1.0 MiB/s)');
    expect(logger.lines.at(-1)).toContain('100%');
  });

  it('says nothing for small files', () => {
    expect(progressReporter('small.whl', 1000, { logger: recordingLogger(), now: () => 0 })).toBeUndefined();
  });
});
