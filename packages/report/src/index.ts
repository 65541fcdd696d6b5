export { allProblems, checkSummaryMarkdown, tagsOf } from './check-summary';
export { contentsTree, contentsTreesMarkdown } from './contents-tree';
export { cell, code, markdownTable } from './markdown';
export { formatBytes, formatTable } from './text';
