import { describe, expect, it } from 'vitest';
import { contentsTree, contentsTreesMarkdown } from '../src/contents-tree';

describe('contents tree', () => {
  it('lays members out as a tree, folders first', () => {
    expect(
      contentsTree([
        'demo/__init__.py',
        'demo-1.0.dist-info/METADATA',
        'demo/sub/x.py',
        'top.pth',
        'demo-1.0.dist-info/RECORD',
      ]),
    ).toEqual([
      'demo/',
      '  sub/',
      '    x.py',
      '  __init__.py',
      'demo-1.0.dist-info/',
      '    METADATA'.slice(2),
      '  RECORD',
      'top.pth',
    ]);
  });

  it('shows member names as text, never as markup, and cuts very large archives', () => {
    const md = contentsTreesMarkdown([
      { filename: 'a<b>.whl', members: ['<script>.py', ...Array.from({ length: 300 }, (_, i) => `m${i}`)] },
    ]);
    expect(md).toContain('a&lt;b&gt;.whl — 301 member(s)');
    expect(md).toContain('&lt;script>.py');
    expect(md).not.toContain('<script>');
    expect(md).toContain('… 101 more lines');
  });
});
