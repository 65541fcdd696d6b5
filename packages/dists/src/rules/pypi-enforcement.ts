/**
 * For every rule: does PyPI refuse this today? Checked against Warehouse's upload code (pypi/warehouse, August
 * 2026: `warehouse/forklift/legacy.py`, `forklift/metadata.py`, `utils/zipfiles.py`, `utils/wheel.py`, with
 * `packaging` 26.2's metadata validation and readme_renderer 45.0 over docutils 0.23). `refuses`: an upload
 * breaking it gets a 400. `accepts`: PyPI takes the file, and the rule is our advice (why is in `where`).
 * `local`: about the inputs on this machine, never sent to PyPI. docs/rules.md prints this as a column.
 */
export interface Enforcement {
  readonly pypi: 'refuses' | 'accepts' | 'local';
  /** Where Warehouse applies it, or why we report it anyway. */
  readonly where: string;
}

const refuses = (where: string): Enforcement => ({ pypi: 'refuses', where });
const accepts = (where: string): Enforcement => ({ pypi: 'accepts', where });
const local = (where: string): Enforcement => ({ pypi: 'local', where });

const LEGACY = 'forklift/legacy.py';
const METADATA = 'forklift/metadata.py';
const ZIPFILES = 'utils/zipfiles.py (validate_zipfile)';
const PACKAGING = 'packaging.metadata (forklift/metadata.py parse)';

export const PYPI_ENFORCEMENT: Readonly<Record<string, Enforcement>> = {
  'filename-characters': refuses(`${LEGACY} _validate_filename`),
  'filename-extension': refuses(`${LEGACY} _validate_filename (_dist_file_re)`),
  'not-a-distribution': local('files that are not distributions are never uploaded'),
  'wheel-filename': refuses(`${LEGACY} packaging.utils.parse_wheel_filename`),
  'wheel-filename-name': refuses(
    `${LEGACY} "should contain the normalized project name" (reason:invalid-filename-projectname)`,
  ),
  'wheel-filename-version': refuses(`${LEGACY} parse_wheel_filename; "Version in filename should be …"`),
  'wheel-build-tag': refuses(`${LEGACY} parse_wheel_filename (InvalidWheelFilename)`),
  'wheel-platform-tag': refuses(`${LEGACY} _valid_platform_tag`),
  'sdist-filename': refuses(`${LEGACY} PEP 625 "Filename … is invalid, should be …"`),
  'empty-file': refuses(`${LEGACY} _is_valid_dist_file (not a zip/tar)`),
  'archive-too-many-members': accepts('our reading limit: a release with more members is not read'),
  'archive-member-too-large': accepts('our reading limit on metadata files'),
  'metadata-encoding': refuses(`${PACKAGING}: METADATA/PKG-INFO must decode as UTF-8`),
  'zip-not-a-zip': refuses(`${LEGACY} _is_valid_dist_file "File is not a zipfile"`),
  'zip-compression': refuses(`${LEGACY} _is_valid_dist_file "unsupported compression type"`),
  'zip-duplicate-entry': refuses(ZIPFILES),
  'zip-trailing-data': refuses(ZIPFILES),
  'zip-comment': refuses(ZIPFILES),
  'zip-central-directory': refuses(ZIPFILES),
  'zip-data-descriptor': refuses(`${ZIPFILES} "ZIP contains a data descriptor"`),
  'zip-filename': refuses(`${ZIPFILES} "Invalid character in filename" / "not valid UTF-8"`),
  'zip-path-traversal': accepts('installers refuse to write outside the install root (pip, installer)'),
  'zip-compression-ratio': refuses(`${LEGACY} _is_valid_dist_file (COMPRESSION_RATIO_THRESHOLD)`),
  'zip-symlink': accepts('installers write a symlink member as a text file (warning only)'),
  'wheel-dist-info-missing': refuses(`${LEGACY} "WHEEL not found at …" / missing METADATA`),
  'wheel-dist-info-name': refuses(`${LEGACY} reads {name}-{version}.dist-info named by the filename`),
  'wheel-metadata-missing': refuses(`${LEGACY} "does not contain the required METADATA file"`),
  'wheel-wheel-file-missing': refuses(`${LEGACY} _is_valid_dist_file "WHEEL not found at …"`),
  'wheel-wheel-file-invalid': accepts('pip refuses to install a wheel whose WHEEL lacks Wheel-Version'),
  'wheel-record-missing': refuses(`${LEGACY} validate_record (MissingWheelRecordError)`),
  'wheel-record-invalid': refuses(
    'utils/wheel.py _validate_record refuses a RECORD that is not CSV; it accepts a listing that differs (our warning) and bad rows or md5/sha1 hashes (our error: the wheel spec forbids them)',
  ),
  'wheel-entry-points-invalid': refuses(
    'utils/wheel.py _validate_entrypoints: configparser INI, script names [\\w.-]+; values that are not module:attr it accepts (our error: pip cannot install them)',
  ),
  'license-file-missing': refuses(`${LEGACY} "License-File … does not exist in distribution file"`),
  'sdist-not-gzip': refuses(`${LEGACY} _is_valid_dist_file "File is not a tarfile"`),
  'sdist-gzip-corrupt': refuses(`${LEGACY} _is_valid_dist_file (zlib.error, EOFError)`),
  'sdist-tar-invalid': refuses(`${LEGACY} _is_valid_dist_file (tarfile.ReadError)`),
  'sdist-too-large': accepts('our reading limit on the decompressed tar stream'),
  'sdist-top-level': refuses(`${LEGACY} "Incorrect number of top-level directories in sdist"`),
  'sdist-top-level-name': accepts(
    'PEP 625 asks for it; Warehouse only needs one top-level directory (warning)',
  ),
  'sdist-pkg-info-missing': refuses(`${LEGACY} "PKG-INFO not found at …"`),
  'sdist-sparse-member': refuses(`${LEGACY} "Sparse members are not allowed"`),
  'sdist-path-traversal': accepts("pip's tar extraction (data filter) refuses to install the sdist"),
  'sdist-link': accepts("pip's tar extraction (data filter) refuses links leaving the directory"),
  'sdist-special-member': accepts("pip's tar extraction (data filter) refuses device files and FIFOs"),
  'metadata-syntax': refuses(`${PACKAGING} (unparsed or invalid headers)`),
  'metadata-missing-field': refuses(`${PACKAGING} (required Metadata-Version, Name, Version)`),
  'metadata-version-unsupported': refuses(`${METADATA} SUPPORTED_METADATA_VERSIONS`),
  'metadata-name': refuses(`${PACKAGING} (name validation)`),
  'metadata-version': refuses(`${PACKAGING} (packaging.version.Version)`),
  'metadata-local-version': refuses(`${METADATA} "The use of local versions … is not allowed"`),
  'metadata-name-mismatch': refuses(`${LEGACY} canonical name of the filename vs Name`),
  'metadata-version-mismatch': refuses(`${LEGACY} "Version in filename should be …"`),
  'metadata-summary': refuses(`${METADATA} _LENGTH_LIMITS; ${PACKAGING} (single line)`),
  'metadata-email': refuses(`${METADATA} email_validator`),
  'metadata-url': refuses(`${METADATA} http.is_valid_uri`),
  'metadata-project-url': refuses(`${METADATA} Project-URL label ≤ 32 characters and a URL`),
  'metadata-direct-url-dependency': refuses(`${METADATA} "Can't have direct dependency"`),
  'metadata-requirement': refuses(`${PACKAGING} (Requires-Dist, Requires-Python)`),
  'metadata-classifier-unknown': refuses(
    `${METADATA} all_classifiers / deprecated_classifiers (error with the index's own list; warning when only the bundled list rejects it)`,
  ),
  'metadata-classifier-private': refuses(`${METADATA} (Private :: is in no classifier list)`),
  'metadata-license-conflict': refuses(
    `${METADATA} "License is deprecated when License-Expression is present"`,
  ),
  'metadata-license-classifier': accepts(
    'PEP 639 deprecates License classifiers beside License-Expression; PyPI accepts them',
  ),
  'metadata-license-expression': refuses(`${PACKAGING} licenses.canonicalize_license_expression`),
  'metadata-field-version': refuses(
    `${PACKAGING} Metadata.from_raw "… introduced in metadata version 2.4, not 2.1"; License-File below 2.4 is exempt because uploaders leave it out of the form (twine/package.py, upload-form.ts)`,
  ),
  'metadata-dynamic': refuses(`${METADATA} DYNAMIC_FIELDS`),
  'metadata-description-content-type': refuses(`${PACKAGING} (content type, charset, variant)`),
  'description-render': refuses(
    `${LEGACY} "The description failed to render" (readme_renderer, use_fallback=False)`,
  ),
  'description-missing': accepts('the project page would be empty'),
  'set-empty': local('nothing to upload'),
  'path-not-found': local('an input path does not exist'),
  'not-a-file': local('an input is a directory where a file was named'),
  'set-projects': refuses('each upload names one project; a mixed set cannot be one release'),
  'set-versions': refuses('each upload names one version; a mixed set cannot be one release'),
  'set-two-sdists': refuses(`${LEGACY} "Only one sdist may be uploaded per release"`),
  'set-too-many-files': local('our limit on one release set'),
  'set-conflicting-files': refuses(`${LEGACY} "File already exists" for the second file of the same name`),
};
