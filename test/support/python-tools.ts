import { existsSync } from 'node:fs';
import { TOOL_PYTHON } from '@pypi-release/testkit';

/** Vitest global setup: the tests build their fixtures with the tools venv that `script/bootstrap` creates. */
export default function checkPythonTools(): void {
  if (!existsSync(TOOL_PYTHON))
    throw new Error(
      `${TOOL_PYTHON} is missing: the tests build their fixture projects with it. Run script/bootstrap (it creates .cache/python-tools from script/python-tools.txt), then run the tests again.`,
    );
}
