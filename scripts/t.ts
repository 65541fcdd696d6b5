import { freshPython, BASE_PYTHON } from '@pypi-release/workflow-runner';
let t = performance.now();
await freshPython(BASE_PYTHON, '/tmp/fp1');
console.log('first', performance.now() - t); t = performance.now();
await freshPython(BASE_PYTHON, '/tmp/fp2');
console.log('copy', performance.now() - t);
