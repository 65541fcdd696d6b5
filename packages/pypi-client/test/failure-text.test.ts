import { describe, expect, it } from 'vitest';
import { BUG_REPORT_REQUEST, failureText, PublishError } from '../src/index';

describe('failure text shown to users', () => {
  it('shows a user mistake as is, without asking for a bug report', () => {
    const text = failureText(new PublishError('upload-refused', 'demo-1.0.tar.gz: 400 File already exists'));
    expect(text).toBe('demo-1.0.tar.gz: 400 File already exists');
  });

  it('asks for a bug report under an internal fault', () => {
    const text = failureText(new PublishError('index-unavailable', 'upload.example: 503 after 5 attempts'));
    expect(text).toBe(`upload.example: 503 after 5 attempts\n${BUG_REPORT_REQUEST}`);
    expect(BUG_REPORT_REQUEST).toMatch(/not a mistake in your input.*report it as a bug/);
  });

  it('treats an unexpected error as a fault, unless the caller knows it is a user mistake', () => {
    expect(failureText(new TypeError('x is undefined'))).toBe(`x is undefined\n${BUG_REPORT_REQUEST}`);
    expect(failureText(new Error('the artifact "dists" is not in this run'), true)).toBe(
      'the artifact "dists" is not in this run',
    );
  });
});
