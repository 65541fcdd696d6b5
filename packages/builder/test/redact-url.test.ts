import { describe, expect, it } from 'vitest';
import { redactUrl } from '../src/redact-url';

describe('redactUrl', () => {
  it('hides a password', () => {
    expect(redactUrl('https://__token__:pypi-AgEI@mirror.example/simple/')).toBe(
      'https://__token__:***@mirror.example/simple/',
    );
  });
  it('hides a user name that stands alone (a token used as the user)', () => {
    expect(redactUrl('https://ghp_secret@mirror.example/simple/')).toBe('https://***@mirror.example/simple/');
  });
  it('leaves a URL without credentials as it is', () => {
    expect(redactUrl('https://pypi.org/simple/')).toBe('https://pypi.org/simple/');
  });
});
