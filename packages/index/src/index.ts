export {
  defaultConfig,
  type FaultSpec,
  type FaultSpecInput,
  GIB,
  type IndexConfig,
  type IndexConfigInput,
  indexConfigSchema,
  loadConfig,
  MIB,
  parseConfig,
} from './config';
export { IndexError, type IndexErrorCode } from './errors';
export { type ActiveFault, FaultInjector, type FaultKind } from './faults';
export { type RunningIndex, type StartIndexOptions, startIndex } from './server';
