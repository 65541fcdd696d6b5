export { closeServer, listen } from './http-server';
export {
  buildFixture,
  buildPythonProject,
  type ProjectSpec,
  SYSTEM_PYTHON,
  tempDir,
  writePythonProject,
} from './python-project';
