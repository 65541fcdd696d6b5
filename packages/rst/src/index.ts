export { checkRst, type RstIssue } from './check';
