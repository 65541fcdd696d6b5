export const id = 322;
export const ids = [322];
export const modules = {

/***/ 82322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AttestationError: () => (/* reexport */ AttestationError),
  DEFAULT_FULCIO_URL: () => (/* reexport */ DEFAULT_FULCIO_URL),
  DEFAULT_REKOR_URL: () => (/* reexport */ DEFAULT_REKOR_URL),
  GITHUB_ACTIONS_ISSUER: () => (/* reexport */ GITHUB_ACTIONS_ISSUER),
  IN_TOTO_PAYLOAD_TYPE: () => (/* reexport */ IN_TOTO_PAYLOAD_TYPE),
  IN_TOTO_STATEMENT_V1: () => (/* reexport */ IN_TOTO_STATEMENT_V1),
  KNOWN_PREDICATE_TYPES: () => (/* reexport */ KNOWN_PREDICATE_TYPES),
  PUBLISH_PREDICATE_TYPE: () => (/* reexport */ PUBLISH_PREDICATE_TYPE),
  SIGSTORE_AUDIENCE: () => (/* reexport */ SIGSTORE_AUDIENCE),
  attestationFromBundle: () => (/* reexport */ attestationFromBundle),
  attestationSchema: () => (/* reexport */ attestationSchema),
  attestationSetSchema: () => (/* reexport */ attestationSetSchema),
  bundleFromAttestation: () => (/* reexport */ bundleFromAttestation),
  checkGithubPublisher: () => (/* reexport */ checkGithubPublisher),
  createAttester: () => (/* reexport */ createAttester),
  createStatementSigner: () => (/* reexport */ createStatementSigner),
  githubPublisherSchema: () => (/* reexport */ githubPublisherSchema),
  productionTrustedRoot: () => (/* reexport */ productionTrustedRoot),
  provenanceSchema: () => (/* reexport */ provenanceSchema),
  publishStatement: () => (/* reexport */ publishStatement),
  sigstoreIdentity: () => (/* reexport */ sigstoreIdentity),
  statementSchema: () => (/* reexport */ statementSchema),
  trustMaterialFrom: () => (/* reexport */ trustMaterialFrom),
  ultranormalizeFilename: () => (/* reexport */ ultranormalizeFilename),
  verifyAttestation: () => (/* reexport */ verifyAttestation),
  verifyReleaseProvenance: () => (/* reexport */ verifyReleaseProvenance)
});

// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+core@3.2.1/node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(2808);
;// CONCATENATED MODULE: ./packages/attestations/src/errors.ts
class AttestationError extends Error {
    code;
    name = 'AttestationError';
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
    }
}
/** A failed verification, worded as pypi-attestations words it (`Verification failed: <reason>`). */
function verificationFailed(reason, cause) {
    return new AttestationError('VERIFICATION', `Verification failed: ${reason}`, { cause });
}

;// CONCATENATED MODULE: ./packages/attestations/src/certificate-policy.ts


const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** Fulcio extension OIDs the Trusted Publisher policy reads. */
const OID = {
    issuerV2: '1.3.6.1.4.1.57264.1.8',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    buildConfigUri: '1.3.6.1.4.1.57264.1.18',
};
/**
 * PyPI's GitHub Trusted Publisher policy (pypi-attestations `_GitHubTrustedPublisherPolicy`): the issuer is
 * GitHub Actions, the source repository is the publisher's, and the Build Config URI is the publisher's
 * workflow at the certificate's own commit or ref. Throws `Verification failed: …` otherwise.
 */
function checkGithubPublisher(certificateDer, publisher) {
    const certificate = dist.X509Certificate.parse(certificateDer);
    expectExtension(certificate, 'OIDCIssuerV2', OID.issuerV2, GITHUB_ACTIONS_ISSUER);
    expectExtension(certificate, 'OIDCSourceRepositoryURI', OID.sourceRepositoryUri, `https://github.com/${publisher.repository}`);
    const buildConfigUri = utf8Extension(certificate, 'OIDCBuildConfigURI', OID.buildConfigUri);
    const sha = utf8Extension(certificate, 'OIDCSourceRepositoryDigest', OID.sourceRepositoryDigest);
    const ref = utf8Extension(certificate, 'OIDCSourceRepositoryRef', OID.sourceRepositoryRef);
    const prefix = `https://github.com/${publisher.repository}/.github/workflows/${publisher.workflow}@`;
    if (buildConfigUri === `${prefix}${sha}` || buildConfigUri === `${prefix}${ref}`)
        return;
    throw verificationFailed(`Certificate's Build Config URI (${buildConfigUri}) does not match expected Trusted Publisher ` +
        `(${publisher.workflow} @ ${publisher.repository})`);
}
function expectExtension(certificate, name, oid, expected) {
    const actual = utf8Extension(certificate, name, oid);
    if (actual !== expected) {
        throw verificationFailed(`Certificate's ${name} does not match (got '${actual}', expected '${expected}')`);
    }
}
/** A Fulcio v2 extension value: a DER UTF8String inside the extension's octet string. */
function utf8Extension(certificate, name, oid) {
    const extension = certificate.extension(oid);
    if (extension === undefined) {
        throw verificationFailed(`Certificate does not contain ${name} (${oid}) extension`);
    }
    const inner = dist.ASN1Obj.parseBuffer(extension.value);
    if (inner.tag.number !== 0x0c) {
        throw verificationFailed(`Certificate's ${name} (${oid}) extension is not a DER UTF8String`);
    }
    return inner.value.toString('utf8');
}

// EXTERNAL MODULE: ./packages/dists/src/index.ts + 67 modules
var src = __webpack_require__(98385);
;// CONCATENATED MODULE: ./packages/attestations/src/dist-name.ts

/**
 * The "ultranormalized" form of a distribution filename that pypi-attestations compares subjects with:
 * normalised name (`_` for `-`) and version; for wheels, lowercase tags with each compressed tag set sorted.
 * Returns undefined when the filename is not a wheel or sdist it can parse.
 */
function ultranormalizeFilename(filename) {
    if (filename.endsWith('.whl')) {
        const wheel = (0,src/* parseWheelFilename */.eP)(filename);
        const version = wheel && (0,src/* normalizeVersion */.Qj)(wheel.version);
        if (wheel === undefined || version === undefined || !validName(wheel.name))
            return undefined;
        if (wheel.build !== undefined && !/^\d/.test(wheel.build))
            return undefined;
        const tagSet = (tags) => [...new Set(tags.map((tag) => tag.toLowerCase()))].sort().join('.');
        const parts = [(0,src/* escapeName */.L$)(wheel.name), version];
        if (wheel.build !== undefined)
            parts.push(wheel.build);
        parts.push(tagSet(wheel.pythonTags), tagSet(wheel.abiTags), tagSet(wheel.platformTags));
        return `${parts.join('-')}.whl`;
    }
    const extension = filename.endsWith('.tar.gz') ? '.tar.gz' : filename.endsWith('.zip') ? '.zip' : undefined;
    if (extension === undefined)
        return undefined;
    const sdist = (0,src/* parseSdistFilename */.sF)(`${filename.slice(0, -extension.length)}.tar.gz`);
    const version = sdist && (0,src/* normalizeVersion */.Qj)(sdist.version);
    if (sdist === undefined || version === undefined || !validName(sdist.name))
        return undefined;
    return `${(0,src/* escapeName */.L$)(sdist.name)}-${version}${extension}`;
}
function validName(name) {
    return /^([a-z0-9]|[a-z0-9][a-z0-9._-]*[a-z0-9])$/i.test(name);
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+bundle@4.0.0/node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(85756);
// EXTERNAL MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/schemas.js + 10 modules
var schemas = __webpack_require__(46520);
;// CONCATENATED MODULE: ./packages/attestations/src/statement.ts

const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const PUBLISH_PREDICATE_TYPE = 'https://docs.pypi.org/attestations/publish/v1';
const SLSA_PROVENANCE_PREDICATE_TYPE = 'https://slsa.dev/provenance/v1';
/** The predicate types PyPI knows (pypi-attestations `AttestationType`). */
const KNOWN_PREDICATE_TYPES = [
    SLSA_PROVENANCE_PREDICATE_TYPE,
    PUBLISH_PREDICATE_TYPE,
];
/** An in-toto v1 Statement as sigstore-python reads one (`_Statement`): at least one subject. */
const statementSchema = schemas/* object */.Ikc({
    _type: schemas/* literal */.euz(IN_TOTO_STATEMENT_V1),
    subject: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP().nullish(), digest: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()) })).min(1),
    predicateType: schemas/* string */.YjP(),
    predicate: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
});
/** The PyPI publish attestation statement for one distribution: a single subject, no predicate. */
function publishStatement(dist) {
    if (!/^[0-9a-f]{64}$/.test(dist.sha256)) {
        throw new TypeError(`sha256 of ${dist.filename} must be 64 lowercase hex digits, got ${dist.sha256}`);
    }
    return {
        _type: IN_TOTO_STATEMENT_V1,
        subject: [{ name: dist.filename, digest: { sha256: dist.sha256 } }],
        predicateType: PUBLISH_PREDICATE_TYPE,
        predicate: null,
    };
}

;// CONCATENATED MODULE: ./packages/attestations/src/pep740.ts




const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/**
 * A PEP 740 attestation object, as PyPI accepts it (pypi-attestations `Attestation`): version 1, the DER leaf
 * certificate and at least one transparency log entry, and the DSSE statement with its one signature.
 * Unknown keys are dropped, as pydantic does.
 */
const attestationSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1),
    verification_material: schemas/* object */.Ikc({
        certificate: schemas/* base64 */.K39().min(1),
        transparency_entries: schemas/* array */.YOg(schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())).min(1),
    }),
    envelope: schemas/* object */.Ikc({
        statement: schemas/* base64 */.K39().min(1),
        signature: schemas/* base64 */.K39().min(1),
    }),
});
/** The `attestations` upload field: a JSON array of attestation objects (PEP 740). */
const attestationSetSchema = schemas/* array */.YOg(attestationSchema);
/** A PEP 740 publisher (Integrity API `publisher`), for a GitHub Trusted Publisher. */
const githubPublisherSchema = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('GitHub'),
    repository: schemas/* string */.YjP().min(1),
    workflow: schemas/* string */.YjP().min(1),
    environment: schemas/* string */.YjP().nullable().optional(),
});
/** The Integrity API's provenance object (PEP 740). */
const provenanceSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1),
    attestation_bundles: schemas/* array */.YOg(schemas/* object */.Ikc({
        publisher: schemas/* looseObject */._H3({ kind: schemas/* string */.YjP() }),
        attestations: schemas/* array */.YOg(attestationSchema),
    })),
});
/** Sigstore bundle (v0.3, DSSE, one signature) → PEP 740 object; the first tlog entry is kept verbatim. */
function attestationFromBundle(bundle) {
    const json = (0,bundle_dist.bundleToJSON)(bundle);
    const { certificate, tlogEntries } = json.verificationMaterial;
    const signatures = json.dsseEnvelope.signatures;
    if (certificate === undefined) {
        throw new AttestationError('CONVERSION', 'the bundle has no leaf certificate (expected a v0.3 bundle)');
    }
    if (signatures.length !== 1) {
        throw new AttestationError('CONVERSION', `expected exactly one signature, got ${signatures.length}`);
    }
    const [entry] = tlogEntries;
    if (entry === undefined)
        throw new AttestationError('CONVERSION', 'the bundle has no transparency log entry');
    return {
        version: 1,
        verification_material: { certificate: certificate.rawBytes, transparency_entries: [entry] },
        envelope: { statement: json.dsseEnvelope.payload, signature: signatures[0]?.sig ?? '' },
    };
}
/** PEP 740 object → Sigstore bundle v0.3, as pypi-attestations `to_bundle` (first transparency entry only). */
function bundleFromAttestation(attestation) {
    const [entry] = attestation.verification_material.transparency_entries;
    let bundle;
    try {
        bundle = (0,bundle_dist.bundleFromJSON)({
            mediaType: BUNDLE_V03,
            verificationMaterial: {
                certificate: { rawBytes: attestation.verification_material.certificate },
                tlogEntries: [entry],
                timestampVerificationData: { rfc3161Timestamps: [] },
            },
            dsseEnvelope: {
                payload: attestation.envelope.statement,
                payloadType: IN_TOTO_PAYLOAD_TYPE,
                signatures: [{ sig: attestation.envelope.signature, keyid: '' }],
            },
        });
    }
    catch (error) {
        // pypi-attestations' text exactly (`to_bundle`: ConversionError("invalid transparency log entry")); the
        // reason (e.g. no inclusion proof with a checkpoint, as sigstore-python requires) is the cause.
        throw new AttestationError('CONVERSION', 'invalid transparency log entry', { cause: error });
    }
    if (!(0,bundle_dist.isBundleWithDsseEnvelope)(bundle))
        throw new AttestationError('CONVERSION', 'not a DSSE bundle');
    // A PEP 740 object carries no signed timestamps, so the entry's inclusion promise is the only signed time:
    // sigstore-python refuses the bundle without it (models.py `Bundle._verify`), outside pypi-attestations'
    // conversion `try`, hence its own text. sigstore-js would take the unsigned integrated time instead.
    if (bundle.verificationMaterial.tlogEntries[0]?.inclusionPromise === undefined) {
        throw new AttestationError('CONVERSION', 'bundle must contain an inclusion promise or signed timestamp(s)');
    }
    return bundle;
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+tuf@4.0.2_supports-color@5.5.0/node_modules/@sigstore/tuf/seeds.json
var seeds = __webpack_require__(79301);
;// CONCATENATED MODULE: ./packages/attestations/src/production-root.ts
// Imported (not read from node_modules at run time) so that bundles such as the npm CLI carry it.

const TUF_REPOSITORY = 'https://tuf-repo-cdn.sigstore.dev';
/**
 * Sigstore's production `trusted_root.json` as `@sigstore/tuf` ships it in its seeds: what PyPI verifies
 * attestations against, available offline. It is as fresh as the installed `@sigstore/tuf` (no TUF update).
 */
function productionTrustedRoot() {
    const repositories = seeds;
    const encoded = repositories[TUF_REPOSITORY]?.targets?.['trusted_root.json'];
    if (encoded === undefined)
        throw new Error(`@sigstore/tuf/seeds.json has no trusted_root.json for ${TUF_REPOSITORY}`);
    return JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
}

// EXTERNAL MODULE: ./node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/errors.js
var errors = __webpack_require__(92833);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/attestations/src/release-http.ts


const MAX_REDIRECTS = 5;
const MAX_TEXT = 4 * 1024 * 1024;
/**
 * GET through the injected dispatcher, following up to five redirects (PyPI's JSON API redirects a name to its
 * display spelling; files may sit on another host). No credentials are ever sent.
 */
async function get(dispatcher, url, accept) {
    let current = url;
    for (let hop = 0;; hop++) {
        const target = new URL(current);
        let response;
        try {
            response = await dispatcher.request({
                origin: target.origin,
                path: `${target.pathname}${target.search}`,
                method: 'GET',
                headers: { accept },
            });
        }
        catch (error) {
            throw new AttestationError('INDEX', `GET ${current} failed: ${describe(error)}`, { cause: error });
        }
        const location = response.headers.location;
        if (response.statusCode >= 300 && response.statusCode < 400 && typeof location === 'string') {
            await response.body.dump();
            if (hop >= MAX_REDIRECTS) {
                throw new AttestationError('INDEX', `GET ${url}: more than ${MAX_REDIRECTS} redirects`);
            }
            current = new URL(location, current).href;
            continue;
        }
        return { status: response.statusCode, url: current, body: response.body };
    }
}
/** GET a JSON document; the body is parsed only for a 200 (otherwise `undefined`). */
async function getJson(dispatcher, url, accept) {
    const response = await get(dispatcher, url, accept);
    if (response.status !== 200) {
        await response.body.dump();
        return { status: response.status, url: response.url, body: undefined };
    }
    const text = await response.body.text();
    if (text.length > MAX_TEXT)
        throw new AttestationError('INDEX', `GET ${url}: answer larger than 4 MiB`);
    try {
        return { status: 200, url: response.url, body: JSON.parse(text) };
    }
    catch (error) {
        throw new AttestationError('INDEX', `GET ${response.url} answered 200 with a body that is not JSON`, {
            cause: error,
        });
    }
}
/** Downloads a file and returns the sha256 of the bytes as served (streamed, never held in memory). */
async function downloadSha256(dispatcher, url) {
    const response = await get(dispatcher, url, '*/*');
    if (response.status !== 200) {
        await response.body.dump();
        return { status: response.status, url: response.url, body: '' };
    }
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of response.body)
        hash.update(chunk);
    return { status: 200, url: response.url, body: hash.digest('hex') };
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+protobuf-specs@0.5.2/node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(21443);
// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+verify@3.1.1/node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(92379);
// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+verify@3.1.1/node_modules/@sigstore/verify/dist/key/index.js
var key = __webpack_require__(64987);
// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+verify@3.1.1/node_modules/@sigstore/verify/dist/tlog/checkpoint.js
var tlog_checkpoint = __webpack_require__(92242);
// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+verify@3.1.1/node_modules/@sigstore/verify/dist/tlog/index.js
var tlog = __webpack_require__(87674);
// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+verify@3.1.1/node_modules/@sigstore/verify/dist/tlog/merkle.js
var merkle = __webpack_require__(13702);
// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+verify@3.1.1/node_modules/@sigstore/verify/dist/tlog/set.js
var set = __webpack_require__(88266);
;// CONCATENATED MODULE: ./packages/attestations/src/sigstore-steps.ts

// sigstore-js's `Verifier.verify` runs these steps in another order than sigstore-python (log entry and body
// before the signature, the identity policy last), so the order is composed here from its own step functions.






/**
 * Verifies a one-entry DSSE bundle in sigstore-python's order (`Verifier.verify_dsse` and
 * `_verify_common_signing_cert`, sigstore-python 4.5.0 sigstore/verify/verifier.py:280-449), which is what PyPI
 * runs, so that an attestation wrong in several ways is refused for the same reason as on PyPI:
 *   0. a signing time: the log's integrated time, bound by the inclusion promise (checked in step 4);
 *   1-2. the certificate chains to a trusted CA at that time, and carries a trusted CT log's SCT;
 *   3. `policy` (the Trusted Publisher's identity, read from the same certificate);
 *   4. the log entry: checkpoint signed by a trusted Rekor, Merkle inclusion, then the inclusion promise (SET);
 *   7. the DSSE signature by the certificate's key;
 *   8. the log entry's body matches the envelope (payload hash, signature).
 * Throws `Verification failed: <reason>`; step 4's reasons start `invalid log entry:` and step 7's is
 * `DSSE: invalid signature`, as sigstore-python words them.
 */
function verifyDsseBundleInOrder(bundle, trust, policy) {
    const entity = (0,verify_dist/* toSignedEntity */.DC)(bundle);
    const [entry] = bundle.verificationMaterial.tlogEntries;
    if (entry === undefined || entity.key.$case !== 'certificate') {
        throw verificationFailed('expected a certificate and exactly one log entry in the bundle');
    }
    const timestamps = entry.inclusionPromise !== undefined && entry.integratedTime !== '0'
        ? [new Date(Number(entry.integratedTime) * 1000)]
        : [];
    if (timestamps.length === 0)
        throw verificationFailed('not enough sources of verified time');
    const leaf = entity.key.certificate;
    const signer = step('', () => {
        const { signer, scts } = (0,key.verifyCertificate)(leaf, timestamps, trust);
        if (scts.length < 1)
            throw new Error('failed to verify SCT on signing certificate: no valid SCT');
        return signer;
    });
    policy();
    step('invalid log entry: ', () => {
        if (entry.inclusionProof?.checkpoint === undefined) {
            throw new Error('Inclusion proof does not contain a checkpoint');
        }
        const withProof = entry;
        const checkpoint = (0,tlog_checkpoint.verifyCheckpoint)(withProof, trust.tlogs);
        // sigstore-js chains the proof to the checkpoint's root hash only; sigstore-python also refuses a proof
        // whose own root hash is not the checkpoint's (rekor/checkpoint.py `verify_checkpoint`).
        const rootHash = withProof.inclusionProof.rootHash;
        if (!checkpoint.logHash.equals(rootHash)) {
            throw new Error(`inclusion proof contains invalid root hash: ${rootHash.toString('hex')}, ` +
                `the checkpoint's is ${checkpoint.logHash.toString('hex')}`);
        }
        (0,merkle.verifyMerkleInclusion)(withProof, checkpoint);
        if (entry.inclusionPromise !== undefined)
            (0,set.verifyTLogSET)({ ...entry, inclusionPromise: entry.inclusionPromise }, trust.tlogs);
    });
    if (!entity.signature.verifySignature(signer.key))
        throw verificationFailed('DSSE: invalid signature');
    step('', () => (0,tlog.verifyTLogBody)(entry, entity.signature));
}
/** Runs one step; its failure becomes `Verification failed: <prefix><reason>`. */
function step(prefix, run) {
    try {
        return run();
    }
    catch (error) {
        throw verificationFailed(`${prefix}${error instanceof Error ? error.message : String(error)}`, error);
    }
}

;// CONCATENATED MODULE: ./packages/attestations/src/verify.ts








/** Trust material from a `trusted_root.json` document (Sigstore's production one, or a local instance's). */
function trustMaterialFrom(trustedRootJson) {
    return (0,verify_dist/* toTrustMaterial */.jO)(protobuf_specs_dist.TrustedRoot.fromJSON(trustedRootJson));
}
/**
 * Verifies one PEP 740 attestation for `dist` as PyPI does (pypi-attestations `Attestation.verify`): the
 * Sigstore bundle with the Trusted Publisher policy, step by step in sigstore-python's order (certificate chain
 * and SCT, policy, transparency log entry, signature, entry body), then the statement: exactly one subject, whose
 * name and sha256 are the distribution's, and a predicate type PyPI knows. Throws AttestationError (`VERIFICATION`: `Verification failed: <reason>`, or `CONVERSION`).
 */
function verifyAttestation(attestation, dist, options) {
    const distName = ultranormalizeFilename(dist.filename);
    if (distName === undefined) {
        throw new AttestationError('MALFORMED', `unknown distribution format: ${dist.filename}`);
    }
    const bundle = bundleFromAttestation(attestation);
    verifyDsseBundleInOrder(bundle, options.trust, () => checkGithubPublisher(Buffer.from(attestation.verification_material.certificate, 'base64'), options.publisher));
    const statement = parseStatement(Buffer.from(attestation.envelope.statement, 'base64'));
    if (statement.subject.length !== 1) {
        throw verificationFailed('too many subjects in statement (must be exactly one)');
    }
    const [subject] = statement.subject;
    if (!subject?.name)
        throw verificationFailed('invalid subject: missing name');
    const subjectName = ultranormalizeFilename(subject.name);
    if (subjectName === undefined) {
        throw verificationFailed(`invalid subject: unknown distribution format: ${subject.name}`);
    }
    if (subjectName !== distName) {
        throw verificationFailed(`subject does not match distribution name: ${subjectName} != ${distName}`);
    }
    if (subject.digest.sha256 !== dist.sha256)
        throw verificationFailed('subject does not match distribution digest');
    if (!KNOWN_PREDICATE_TYPES.includes(statement.predicateType)) {
        throw verificationFailed(`unknown attestation type: ${statement.predicateType}`);
    }
    return { predicateType: statement.predicateType, predicate: statement.predicate ?? null };
}
function parseStatement(payload) {
    let json;
    try {
        json = JSON.parse(payload.toString('utf8'));
    }
    catch {
        throw verificationFailed('invalid statement: not JSON');
    }
    const parsed = statementSchema.safeParse(json);
    if (!parsed.success)
        throw verificationFailed(`invalid statement: ${parsed.error.message}`);
    return parsed.data;
}

;// CONCATENATED MODULE: ./packages/attestations/src/release-provenance.ts







const INTEGRITY_ACCEPT = 'application/vnd.pypi.integrity.v1+json, application/json;q=0.9';
/** The part of PyPI's JSON API (`/pypi/<name>/<version>/json`) a provenance check reads. */
const releaseSchema = schemas/* object */.Ikc({
    info: schemas/* object */.Ikc({ name: schemas/* string */.YjP(), version: schemas/* string */.YjP() }),
    urls: schemas/* array */.YOg(schemas/* object */.Ikc({
        filename: schemas/* string */.YjP().min(1),
        url: schemas/* string */.YjP().min(1),
        digests: schemas/* object */.Ikc({ sha256: schemas/* string */.YjP().optional() }).loose(),
    })),
});
/**
 * Checks the provenance of every file of a release as a consumer would (PEP 740): lists the files with the JSON
 * API, downloads each and hashes the bytes as served, fetches its provenance from the Integrity API and
 * verifies every attestation in it — Sigstore signature and transparency log against `trustedRoot`, the
 * bundle's publisher through the Trusted Publisher certificate policy, and the subject against the served
 * digest. Throws AttestationError `INDEX` when the release cannot be listed; per-file failures are results.
 */
async function verifyReleaseProvenance(options) {
    const base = options.indexUrl.replace(/\/+$/, '');
    const name = (0,src/* normalizeName */.Pc)(options.project);
    const releaseUrl = `${base}/pypi/${encodeURIComponent(name)}/${encodeURIComponent(options.version)}/json`;
    const listing = await getJson(options.dispatcher, releaseUrl, 'application/json');
    if (listing.status === 404) {
        throw new AttestationError('INDEX', `${options.project} ${options.version} is not on ${base} (GET ${releaseUrl} answered 404): check the project name, the version and --index-url`);
    }
    if (listing.status !== 200) {
        throw new AttestationError('INDEX', `GET ${releaseUrl} answered ${listing.status}`);
    }
    const release = releaseSchema.safeParse(listing.body);
    if (!release.success) {
        throw new AttestationError('INDEX', `GET ${listing.url}: not a JSON API release: ${release.error.message}`);
    }
    const trust = trustMaterialFrom(options.trustedRoot);
    const files = [];
    for (const file of release.data.urls) {
        const integrityUrl = `${base}/integrity/${encodeURIComponent(name)}/${encodeURIComponent(release.data.info.version)}/${encodeURIComponent(file.filename)}/provenance`;
        files.push(await checkFile({ filename: file.filename, url: new URL(file.url, listing.url).href, sha256: file.digests.sha256 }, integrityUrl, { dispatcher: options.dispatcher, trust }));
    }
    return {
        project: release.data.info.name,
        version: release.data.info.version,
        files,
        verified: files.filter((f) => f.verified).length,
    };
}
async function checkFile(file, integrityUrl, context) {
    const result = (publishers, servedSha256, reason) => ({
        filename: file.filename,
        listedSha256: file.sha256,
        servedSha256,
        publishers,
        verified: reason === undefined,
        reason,
    });
    let served;
    try {
        const download = await downloadSha256(context.dispatcher, file.url);
        if (download.status !== 200)
            return result([], undefined, `download failed: GET ${file.url} answered ${download.status}`);
        served = download.body;
    }
    catch (error) {
        return result([], undefined, `download failed: ${describe(error)}`);
    }
    if (file.sha256 !== undefined && file.sha256 !== served) {
        return result([], served, `digest mismatch: the served file's sha256 ${served} differs from the sha256 the index lists (${file.sha256})`);
    }
    let provenance;
    try {
        const fetched = await getJson(context.dispatcher, integrityUrl, INTEGRITY_ACCEPT);
        if (fetched.status === 404)
            return result([], served, 'no provenance: the Integrity API has none for this file (404)');
        if (fetched.status !== 200)
            return result([], served, `provenance unavailable: GET ${integrityUrl} answered ${fetched.status}`);
        const parsed = provenanceSchema.safeParse(fetched.body);
        if (!parsed.success)
            return result([], served, `malformed provenance: ${errors/* prettifyError */.S1(parsed.error)}`);
        provenance = parsed.data;
    }
    catch (error) {
        return result([], served, `provenance unavailable: ${describe(error)}`);
    }
    const publishers = provenance.attestation_bundles.map((b) => describePublisher(b.publisher));
    const count = provenance.attestation_bundles.reduce((n, b) => n + b.attestations.length, 0);
    if (count === 0)
        return result(publishers, served, 'no attestations in the provenance');
    for (const bundle of provenance.attestation_bundles) {
        const publisher = githubPublisherSchema.safeParse(bundle.publisher);
        if (!publisher.success) {
            return result(publishers, served, `publisher of kind ${bundle.publisher.kind} cannot be verified: only GitHub Trusted Publishers are supported`);
        }
        for (const attestation of bundle.attestations) {
            try {
                verifyAttestation(attestation, { filename: file.filename, sha256: served }, {
                    trust: context.trust,
                    publisher: publisher.data,
                });
            }
            catch (error) {
                const subject = attestedSha256(attestation.envelope.statement);
                if (subject !== undefined && subject !== served) {
                    return result(publishers, served, `digest mismatch: the attestation is for sha256 ${subject}, the served file's sha256 is ${served}`);
                }
                return result(publishers, served, describe(error));
            }
        }
    }
    return result(publishers, served);
}
function describePublisher(publisher) {
    const parsed = githubPublisherSchema.safeParse(publisher);
    if (!parsed.success)
        return publisher.kind;
    const environment = parsed.data.environment ? ` (environment ${parsed.data.environment})` : '';
    return `GitHub ${parsed.data.repository} @ ${parsed.data.workflow}${environment}`;
}
/** The sha256 of the statement's first subject, when the statement can be read at all. */
function attestedSha256(statementBase64) {
    try {
        const parsed = statementSchema.safeParse(JSON.parse(Buffer.from(statementBase64, 'base64').toString('utf8')));
        return parsed.success ? parsed.data.subject[0]?.digest.sha256 : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@sigstore+sign@4.1.1_supports-color@5.5.0/node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(31035);
;// CONCATENATED MODULE: ./packages/attestations/src/signing-error.ts

const STATUS_PAGE = 'https://status.sigstore.dev';
/** Which service a sigstore-js error code comes from (its CAClient and TLogClient codes). */
const SERVICES = {
    CA_CREATE_SIGNING_CERTIFICATE_ERROR: {
        name: 'Fulcio',
        role: "Sigstore's certificate authority",
        url: 'fulcioUrl',
        request: 'the signing certificate request',
    },
    TLOG_CREATE_ENTRY_ERROR: {
        name: 'Rekor',
        role: "Sigstore's transparency log",
        url: 'rekorUrl',
        request: 'the transparency log entry',
    },
    TLOG_FETCH_ENTRY_ERROR: {
        name: 'Rekor',
        role: "Sigstore's transparency log",
        url: 'rekorUrl',
        request: 'the lookup of the existing transparency log entry',
    },
};
/**
 * A sigstore-js failure as an AttestationError('SIGNING') naming the file, the service that failed (Fulcio or
 * Rekor, with its URL) and what to do; never an identity token, in the message or anywhere down its causes.
 */
function signingError(error, filename, context) {
    const code = errorCode(error);
    const cause = error instanceof Error ? error.cause : undefined;
    const service = code === undefined ? undefined : SERVICES[code];
    let detail;
    if (service !== undefined) {
        const named = `${service.name} (${context[service.url]})`;
        if (retried(cause)) {
            detail =
                `${named} ${failedTimes(context.attempts)} ${signing_error_describe(cause, context)}: ${service.role} is ` +
                    `unavailable; re-run the job later and check ${STATUS_PAGE} (${code})`;
        }
        else if (statusOf(cause) !== undefined) {
            detail = `${named} refused ${service.request}: ${signing_error_describe(cause, context)} (${code})`;
        }
        else {
            detail = `${named}: ${fallback(error)}`;
        }
    }
    else if (code === 'IDENTITY_TOKEN_PARSE_ERROR') {
        detail = 'the identity token is not a JWT (IDENTITY_TOKEN_PARSE_ERROR)';
    }
    else {
        detail = fallback(error);
    }
    const message = redact(`could not sign the attestation for ${filename}: ${detail}`, context.tokens);
    // sigstore-js puts the token in IDENTITY_TOKEN_PARSE_ERROR's message: a cause that shows a token is dropped.
    const safeCause = code === 'IDENTITY_TOKEN_PARSE_ERROR' || showsToken(error, context.tokens) ? undefined : error;
    return new AttestationError('SIGNING', message, { cause: safeCause });
}
function failedTimes(attempts) {
    return attempts === 1
        ? 'failed (no retries configured) with'
        : `failed ${attempts} times in a row, last with`;
}
function errorCode(error) {
    const code = error instanceof Error ? error.code : undefined;
    return typeof code === 'string' ? code : undefined;
}
/**
 * What sigstore-js's fetchWithRetry retried until it gave up: a 408, 429 or 5xx answer, or no answer (a network
 * error or the request timeout). A body that fails to read or parse comes after it and is not retried.
 */
function retried(cause) {
    const status = statusOf(cause);
    if (status !== undefined)
        return status === 408 || status === 429 || status >= 500;
    const type = cause instanceof Error && cause.name === 'FetchError' ? cause.type : undefined;
    return type === 'system' || type === 'request-timeout';
}
function statusOf(cause) {
    const status = cause instanceof Error ? cause.statusCode : undefined;
    return typeof status === 'number' ? status : undefined;
}
function signing_error_describe(cause, context) {
    if (!(cause instanceof Error))
        return String(cause);
    if (cause.type === 'request-timeout')
        return `no answer within ${context.timeoutMs} ms`;
    return cause.message; // HTTPError: "(503) Service Unavailable"; FetchError: "request to … failed, reason: …"
}
function fallback(error) {
    if (!(error instanceof Error))
        return String(error);
    const code = errorCode(error);
    const cause = error.cause instanceof Error && !error.message.includes(error.cause.message)
        ? `: ${error.cause.message}`
        : '';
    return code !== undefined ? `${error.message}${cause} (${code})` : `${error.message}${cause}`;
}
function redact(text, tokens) {
    let result = text;
    for (const token of tokens)
        if (token.length > 0)
            result = result.replaceAll(token, '***');
    return result;
}
function showsToken(error, tokens) {
    for (let current = error, depth = 0; current instanceof Error && depth < 10; depth++) {
        for (const token of tokens)
            if (token.length > 0 && current.message.includes(token))
                return true;
        current = current.cause;
    }
    return false;
}

;// CONCATENATED MODULE: ./packages/attestations/src/sign.ts





const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';
const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';
/** The audience an identity token for Sigstore must carry (Fulcio's client id). */
const SIGSTORE_AUDIENCE = 'sigstore';
/** An identity provider asking `getIdToken` (e.g. the runner's OIDC endpoint) for a token of audience `sigstore`. */
function sigstoreIdentity(getIdToken) {
    return { getToken: () => getIdToken(SIGSTORE_AUDIENCE) };
}
/**
 * The attester gh-action-pypi-publish's `attestations.py` amounts to: an in-toto publish statement per file,
 * DSSE-signed with a Fulcio certificate for the job's identity (a fresh ephemeral key), witnessed by a Rekor v1
 * `dsse` entry (PyPI refuses Rekor v2 and `intoto` entries), converted to a PEP 740 object.
 */
function createAttester(options) {
    const sign = createStatementSigner(options);
    return (dist) => sign(publishStatement(dist), dist.filename);
}
/** The signing path of `createAttester` for an arbitrary statement (what PyPI verifies is a separate matter). */
function createStatementSigner(options) {
    const retries = options.retries ?? 2;
    const context = {
        fulcioUrl: options.fulcioUrl ?? DEFAULT_FULCIO_URL,
        rekorUrl: options.rekorUrl ?? DEFAULT_REKOR_URL,
        timeoutMs: options.timeoutMs ?? 30_000,
        attempts: retries + 1,
        tokens: new Set(),
    };
    // promise-retry options, as sigstore-js hands them over: the n-th retry waits minTimeout * factor^(n-1).
    const retry = { retries, factor: 2, minTimeout: options.retryDelayMs ?? 1000 };
    const fetchOptions = { timeout: context.timeoutMs, retry };
    const identityProvider = {
        getToken: async () => {
            const token = await options.identityProvider.getToken();
            context.tokens.add(token);
            return token;
        },
    };
    const builder = new sign_dist/* DSSEBundleBuilder */.VV({
        signer: new sign_dist/* FulcioSigner */.$o({ identityProvider, fulcioBaseURL: context.fulcioUrl, ...fetchOptions }),
        witnesses: [
            new sign_dist/* RekorWitness */.fU({
                rekorBaseURL: context.rekorUrl,
                entryType: 'dsse',
                majorApiVersion: 1,
                // A retry after a lost answer meets 409 (the entry is logged): fetch that entry, as sigstore-js's own
                // client does (sigstore createBundleBuilder), instead of failing a signature that was made.
                fetchOnConflict: true,
                ...fetchOptions,
            }),
        ],
    });
    return async (statement, label) => {
        const data = Buffer.from(JSON.stringify(statement));
        try {
            return attestationFromBundle(await builder.create({ data, type: IN_TOTO_PAYLOAD_TYPE }));
        }
        catch (error) {
            if (error instanceof AttestationError)
                throw error;
            throw signingError(error, label, context);
        }
    };
}

;// CONCATENATED MODULE: ./packages/attestations/src/index.ts











/***/ })

};
