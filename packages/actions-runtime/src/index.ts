export { type ActionManifest, readActionManifest } from './action-manifest';
export { parseFileCommands } from './file-commands';
export { nodeBinary } from './node-runtime';
export { type ActionResult, inputVariable, type RunActionOptions, runAction } from './run-action';
