import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import"./chunk-7ZQQJ37K.js";import{Worker}from"node:worker_threads";var SOURCE=`
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { closeSync, openSync, readSync } = require('node:fs');
let fd;
try {
  fd = openSync(workerData.path, 'r');
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(${1<<20});
  let size = 0;
  for (;;) {
    const read = readSync(fd, buffer, 0, buffer.length, size);
    if (read === 0) break;
    size += read;
    hash.update(buffer.subarray(0, read));
  }
  parentPort.postMessage({ size, sha256: hash.digest('hex') });
} catch (error) {
  parentPort.postMessage({ error: { code: error && error.code, message: String(error && error.message) } });
} finally {
  if (fd !== undefined) closeSync(fd);
}
`;function sha256OnThread(path){return new Promise((resolve,reject)=>{let worker=new Worker(SOURCE,{eval:!0,workerData:{path},resourceLimits:{maxOldGenerationSizeMb:16,maxYoungGenerationSizeMb:2}}),settled=!1;worker.once("message",message=>{settled=!0,"error"in message?reject(Object.assign(new Error(message.error.message),{code:message.error.code})):resolve(message)}),worker.once("error",error=>{settled=!0,reject(error)}),worker.once("exit",code=>{settled||reject(new Error(`the SHA-256 thread stopped (exit code ${code}) before it finished`))})})}export{sha256OnThread};
