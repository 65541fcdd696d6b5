/**
 * Publishes the given folder with the library to `UPLOAD_URL` (argument 1) using the API token in PYPI_TOKEN and
 * prints the files and the peak resident set size (bytes) as JSON.
 */
import { apiTokenCredentials, createDispatcher, publish } from '@pypi-release/pypi-client';

const [repositoryUrl = '', ...paths] = process.argv.slice(2);
const token = process.env.PYPI_TOKEN ?? '';
const dispatcher = createDispatcher();
try {
  const result = await publish({
    paths,
    repositoryUrl,
    dispatcher,
    credentials: async (endpoints) => apiTokenCredentials(token, endpoints.origin),
  });
  const uploaded = result.files.filter((f) => f.status === 'uploaded').length;
  process.stdout.write(
    `${JSON.stringify({ uploaded, verified: result.verified, maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`,
  );
} finally {
  await dispatcher.close();
}
