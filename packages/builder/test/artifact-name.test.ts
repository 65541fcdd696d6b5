import { describe, expect, it } from 'vitest';
import { defaultArtifactName } from '../src/artifact-name';

describe('default artifact name', () => {
  it('differs between matrix jobs and is stable for one job', () => {
    const a = defaultArtifactName('build', '{"os":"ubuntu-latest","python":"3.12"}', '.');
    const b = defaultArtifactName('build', '{"os":"windows-latest","python":"3.12"}', '.');
    expect(a).toMatch(/^dists-build-[0-9a-f]{8}$/);
    expect(b).not.toBe(a);
    expect(defaultArtifactName('build', '{"os":"ubuntu-latest","python":"3.12"}', '.')).toBe(a);
  });

  it('differs between packages built in one job', () => {
    expect(defaultArtifactName('build', 'null', 'packages/a')).not.toBe(
      defaultArtifactName('build', 'null', 'packages/b'),
    );
  });

  it('keeps characters artifact names refuse out of the name', () => {
    expect(defaultArtifactName('a/b:c', 'null', '.')).toMatch(/^dists-a-b-c-[0-9a-f]{8}$/);
  });
});
