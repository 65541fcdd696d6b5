export {
  defaultConfig,
  type FaultSpec,
  type FaultSpecInput,
  faultSpecSchema,
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
export { MultipartError, type MultipartLimits } from './http/multipart';
export { type LatencyProfile, type LatencyProfileInput, latencySchema, startLatencyRelay } from './latency';
export { createKeySource, type KeySource, type KeySourceOptions } from './oidc/index';
export { type IndexProcess, type IndexProcessOptions, startIndexProcess } from './process/index-process';
export { type IndexRequest, type RunningIndex, type StartIndexOptions, startIndex } from './server';
export { type ReceivedForm, type ReceiveOptions, receiveForm } from './upload/receive-form';
