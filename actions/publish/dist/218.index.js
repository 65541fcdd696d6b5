export const id = 218;
export const ids = [218];
export const modules = {

/***/ 27218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  downloadVerifiedRelease: () => (/* binding */ downloadVerifiedRelease)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+artifact@6.2.1_bare-buffer@3.7.3_supports-color@5.5.0/node_modules/@actions/artifact/lib/artifact.js + 333 modules
var artifact = __webpack_require__(50469);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(23326);
;// CONCATENATED MODULE: ./packages/release-artifact/src/errors.ts
class errors_ReleaseArtifactError extends Error {
    name = 'ReleaseArtifactError';
    code;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
    }
}

// EXTERNAL MODULE: ./packages/dists/src/index.ts + 67 modules
var src = __webpack_require__(98385);
// EXTERNAL MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/schemas.js + 10 modules
var schemas = __webpack_require__(46520);
// EXTERNAL MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/errors.js
var errors = __webpack_require__(92833);
;// CONCATENATED MODULE: ./packages/release-artifact/src/manifest.ts





const MANIFEST_FILENAME = 'release-manifest.json';
const sha256 = schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 lower-case hex digits');
const manifestSchema = schemas/* object */.Ikc({
    project: schemas/* string */.YjP().min(1),
    version: schemas/* string */.YjP().min(1),
    files: schemas/* array */.YOg(schemas/* object */.Ikc({ filename: schemas/* string */.YjP().min(1).max(255), size: schemas/* number */.aig().int().nonnegative(), sha256 }))
        .max(src/* MAX_RELEASE_FILES */.FN, `a release holds at most ${src/* MAX_RELEASE_FILES */.FN} files`),
    commit: schemas/* string */.YjP(),
    run: schemas/* object */.Ikc({ id: schemas/* string */.YjP(), attempt: schemas/* string */.YjP(), repository: schemas/* string */.YjP() }),
});
function manifest_createManifest(release, files, context) {
    return {
        project: release.name,
        version: release.version,
        files: [...files]
            .map(({ filename, size, sha256 }) => ({ filename, size, sha256 }))
            .sort((a, b) => a.filename.localeCompare(b.filename)),
        commit: context.commit,
        run: { id: context.runId, attempt: context.runAttempt, repository: context.repository },
    };
}
/** The `digests` output: filename → sha256. */
function digestsOf(files) {
    return Object.fromEntries(files.map((f) => [f.filename, f.sha256]));
}
async function manifest_writeManifest(dir, manifest) {
    const path = join(dir, MANIFEST_FILENAME);
    await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
    return path;
}
async function readManifest(dir) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, MANIFEST_FILENAME), 'utf8');
    }
    catch (error) {
        throw new errors_ReleaseArtifactError('manifest-invalid', `the release artifact has no ${MANIFEST_FILENAME}: upload it with the collect-dists action`, { cause: error });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new errors_ReleaseArtifactError('manifest-invalid', `${MANIFEST_FILENAME} is not JSON`, { cause: error });
    }
    const parsed = manifestSchema.safeParse(json);
    if (!parsed.success) {
        throw new errors_ReleaseArtifactError('manifest-invalid', `${MANIFEST_FILENAME}: ${errors/* prettifyError */.S1(parsed.error)}`);
    }
    return parsed.data;
}
/** Parses the build job's `digests` output (JSON filename → sha256); `input` names where it came from. */
function parseDigests(text, input) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new errors_ReleaseArtifactError('digests-invalid', `${input} is not JSON: pass the build job's \`digests\` output`, {
            cause: error,
        });
    }
    const parsed = schemas/* record */.g1P(schemas/* string */.YjP().min(1).max(255), sha256)
        .refine((digests) => Object.keys(digests).length <= src/* MAX_RELEASE_FILES */.FN, {
        message: `at most ${src/* MAX_RELEASE_FILES */.FN} files`,
    })
        .safeParse(json);
    if (!parsed.success) {
        throw new errors_ReleaseArtifactError('digests-invalid', `${input} must be a JSON object filename → sha256 (the build job's \`digests\` output): ${errors/* prettifyError */.S1(parsed.error)}`);
    }
    return parsed.data;
}

;// CONCATENATED MODULE: ./packages/release-artifact/src/service-call.ts

/**
 * A call to the artifact service; its failure (the client has retried already) becomes one error that says what
 * failed, that nothing was published, and what to do.
 */
async function service_call_serviceCall(what, call) {
    try {
        return await call();
    }
    catch (cause) {
        const detail = cause instanceof Error ? cause.message : String(cause);
        throw new errors_ReleaseArtifactError('artifact-service-failed', `the artifact service failed while ${what}: ${detail}. Nothing was uploaded to the index. Re-run the ` +
            'failed job; if it fails again, re-run the whole workflow so that the build job uploads the artifact anew.', { cause });
    }
}

;// CONCATENATED MODULE: ./packages/release-artifact/src/merge.ts






/**
 * Downloads every artifact of the run whose name matches `pattern` and merges their files into one flat folder:
 * a file present in several artifacts with the same bytes is kept once; the same name with other bytes is an
 * error naming both artifacts (every conflict, in one error).
 */
async function collectArtifacts(options) {
    const matcher = globToRegExp(options.pattern);
    const { artifacts: all } = await serviceCall('listing the artifacts of this run', () => options.client.listArtifacts());
    const artifacts = all.filter((a) => matcher.test(a.name)).sort((a, b) => a.name.localeCompare(b.name));
    if (artifacts.length === 0) {
        const names = all.map((a) => a.name).join(', ') || 'none';
        throw new ReleaseArtifactError('no-artifacts', `no artifact of this run matches pattern "${options.pattern}" (the run has: ${names}); upload the dists in the build jobs first, or fix \`pattern\``);
    }
    const dir = join(options.workDir, 'merged');
    await mkdir(dir, { recursive: true });
    const kept = new Map();
    const conflicts = [];
    for (const artifact of artifacts) {
        const into = join(options.workDir, 'artifacts', artifact.name);
        await serviceCall(`downloading the artifact "${artifact.name}" (id ${artifact.id})`, () => options.client.downloadArtifact(artifact.id, { path: into }));
        const files = await listFiles(into);
        options.logger?.info(`artifact ${artifact.name} (id ${artifact.id}): ${files.length} file(s)`);
        for (const path of files) {
            const filename = path.slice(path.lastIndexOf('/') + 1);
            const origin = {
                artifact: artifact.name,
                path: relative(into, path),
                sha256: (await hashFile(path)).sha256,
            };
            const other = kept.get(filename);
            if (!other) {
                kept.set(filename, origin);
                await copyFile(path, join(dir, filename));
            }
            else if (other.sha256 !== origin.sha256) {
                conflicts.push(`${filename}: artifact "${other.artifact}" (${other.path}, sha256 ${other.sha256}) and artifact "${origin.artifact}" (${origin.path}, sha256 ${origin.sha256}) differ`);
            }
        }
    }
    if (conflicts.length > 0) {
        throw new ReleaseArtifactError('conflicting-files', `${conflicts.length} file(s) differ between artifacts; each file must be built once (or reproducibly):\n${conflicts.map((c) => `- ${c}`).join('\n')}`);
    }
    return { artifacts, dir };
}
/** Every regular file under `dir`, recursively, sorted. */
async function listFiles(dir) {
    const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    return entries
        .filter((e) => e.isFile())
        .map((e) => (0,external_node_path_.join)(e.parentPath, e.name))
        .sort();
}

;// CONCATENATED MODULE: ./packages/release-artifact/src/verify.ts





/**
 * Checks a downloaded release folder byte for byte: every file against `release-manifest.json`, and the manifest
 * against the build job's digests when given. Missing, extra or altered files are one error naming each.
 */
async function verifyRelease(dir, expectedDigests) {
    const manifest = await readManifest(dir);
    const problems = [];
    const onDisk = new Map();
    for (const path of await listFiles(dir)) {
        const name = (0,external_node_path_.basename)(path);
        if (name === MANIFEST_FILENAME && path === `${dir}/${MANIFEST_FILENAME}`)
            continue;
        if (onDisk.has(name))
            problems.push(`${name}: present twice in the artifact`);
        onDisk.set(name, path);
    }
    const listed = new Set(manifest.files.map((f) => f.filename));
    for (const file of manifest.files) {
        const path = onDisk.get(file.filename);
        if (!path) {
            problems.push(`${file.filename}: missing (listed in ${MANIFEST_FILENAME})`);
            continue;
        }
        const actual = await (0,src/* hashFile */.DC)(path);
        if (actual.sha256 !== file.sha256 || actual.size !== file.size) {
            problems.push(`${file.filename}: altered (${actual.size} bytes, sha256 ${actual.sha256}; the manifest says ${file.size} bytes, sha256 ${file.sha256})`);
        }
    }
    for (const name of onDisk.keys()) {
        if (!listed.has(name))
            problems.push(`${name}: extra (not in ${MANIFEST_FILENAME})`);
    }
    if (expectedDigests) {
        for (const file of manifest.files) {
            const expected = expectedDigests[file.filename];
            if (expected === undefined)
                problems.push(`${file.filename}: not in the expected digests`);
            else if (expected !== file.sha256) {
                problems.push(`${file.filename}: sha256 ${file.sha256} in ${MANIFEST_FILENAME}, but the build job reported ${expected}`);
            }
        }
        for (const name of Object.keys(expectedDigests)) {
            if (!listed.has(name))
                problems.push(`${name}: missing (in the expected digests, not in the artifact)`);
        }
    }
    if (problems.length > 0) {
        throw new errors_ReleaseArtifactError('verification-failed', `the release artifact does not match what the build job produced (${problems.length} problem(s)); nothing was uploaded:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    }
    const paths = manifest.files.map((f) => onDisk.get(f.filename) ?? f.filename);
    return { manifest, paths };
}

;// CONCATENATED MODULE: ./packages/release-artifact/src/release.ts







/**
 * Copies the files into `stagingDir` (flat), writes `release-manifest.json` beside them and uploads the lot as
 * one artifact of this run.
 */
async function uploadRelease(options) {
    await mkdir(options.stagingDir, { recursive: true });
    const staged = [];
    for (const file of options.files) {
        const target = join(options.stagingDir, file.filename);
        if (resolve(file.path) !== resolve(target))
            await copyFile(file.path, target);
        staged.push(target);
    }
    const manifest = createManifest(options.release, options.files, options.context);
    staged.push(await writeManifest(options.stagingDir, manifest));
    const { id } = await serviceCall(`uploading the artifact "${options.name}"`, () => options.client.uploadArtifact(options.name, staged, options.stagingDir));
    if (id === undefined)
        throw new ReleaseArtifactError('internal', `uploading "${options.name}" returned no id`);
    return { id, manifest };
}
/** Downloads the artifact `name` of this run into `workDir/<name>` and verifies it (see `verifyRelease`). */
async function downloadRelease(options) {
    const { artifacts } = await service_call_serviceCall('listing the artifacts of this run', () => options.client.listArtifacts());
    const artifact = artifacts.filter((a) => a.name === options.name).sort((a, b) => b.id - a.id)[0];
    if (!artifact) {
        const names = artifacts.map((a) => a.name).join(', ') || 'none';
        throw new errors_ReleaseArtifactError('artifact-not-found', `no artifact named "${options.name}" in this run (the run has: ${names}); check input \`artifact-name\` and that the build job uploaded it`);
    }
    const dir = (0,external_node_path_.join)(options.workDir, options.name);
    await service_call_serviceCall(`downloading the artifact "${artifact.name}" (id ${artifact.id})`, () => options.client.downloadArtifact(artifact.id, { path: dir }));
    options.logger?.info(`downloaded artifact ${artifact.name} (id ${artifact.id}): ${(await listFiles(dir)).length} file(s)`);
    return verifyRelease(dir, options.expectedDigests);
}

;// CONCATENATED MODULE: ./packages/release-artifact/src/index.ts







;// CONCATENATED MODULE: ./actions/publish/src/artifact-source.ts






/**
 * Downloads the release artifact of this run and verifies every file against its `release-manifest.json` and
 * against the build job's digests, before anything else happens; returns the verified files.
 */
async function downloadVerifiedRelease(artifactName, expectedDigests) {
    const expected = expectedDigests === undefined ? undefined : parseDigests(expectedDigests, 'input `expected-digests`');
    if (expected === undefined) {
        core/* warning */.$e(`input \`expected-digests\` is empty: the artifact "${artifactName}" is checked against its own manifest only; pass the collect-dists job's \`digests\` output to check it against what that job built`);
    }
    return core/* group */.Os(`Downloading and verifying the artifact ${artifactName}`, async () => {
        const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'publish-artifact-'));
        const { manifest, paths } = await downloadRelease({
            client: new artifact/* DefaultArtifactClient */.t9(),
            name: artifactName,
            workDir,
            expectedDigests: expected,
            logger: { info: core/* info */.pq },
        });
        for (const f of manifest.files)
            core/* info */.pq(`verified ${f.filename}  ${f.size} bytes  sha256 ${f.sha256}`);
        core/* info */.pq(`${manifest.project} ${manifest.version}, built from ${manifest.commit} in run ${manifest.run.id}`);
        return paths;
    });
}


/***/ })

};
