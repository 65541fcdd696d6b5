export { allProblems, checkSummaryMarkdown, tagsOf } from './check-summary';
export { cell, code, markdownTable } from './markdown';
export { formatBytes, formatTable } from './text';
