export {
  buildTar,
  buildTarGz,
  buildWithHatchling,
  buildZip,
  crc32,
  makeTempDir,
  sdistMembers,
  type TarMember,
  tarHeader,
  type WheelSpec,
  wheelMembers,
  type ZipMember,
  type ZipOptions,
} from './archives';
export {
  buildFixture,
  buildPythonProject,
  DEBIAN_PYTHON,
  type ProjectSpec,
  SETUPTOOLS66_PYTHON,
  TOOL_PYTHON,
  tempDir,
  writePythonProject,
} from './python-project';
export { type Docutils, readmeRendererVerdicts, readmeRendererVersions } from './readme-renderer';
