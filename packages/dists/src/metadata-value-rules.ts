import {
  BUNDLED_CLASSIFIERS,
  type ClassifierList,
  classifierReplacements,
  classifyClassifier,
} from './classifiers';
import { emailListError, isHttpUrl } from './email-address';
import { getField, getFields } from './metadata';
import { parseRequirement508 } from './pep508';
import type { Problem } from './problem';
import { problemFrom } from './problem';
import { METADATA_RULES as R } from './rules/metadata-rules-catalog';
import { spdxExpressionError, unknownSpdxIds } from './spdx-expression';
import { specifierSetError } from './specifiers';
import type { CoreMetadata } from './types';

/** The rules on individual field values (PYPI.md §3 "Metadata"): summary, emails, URLs, dependencies, licence. */

/** setuptools wrote `UNKNOWN` for unset fields; PyPI treats it as absent. */
export function isSet(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '' && value !== 'UNKNOWN';
}

function checkSummary(md: CoreMetadata, file: string): Problem[] {
  const summary = getField(md, 'summary');
  if (summary === undefined) return [];
  if (/[\r\n]/.test(summary)) return [problemFrom(R.summary, file, 'Summary spans several lines')];
  const length = [...summary].length;
  if (length > 512) return [problemFrom(R.summary, file, `Summary is ${length} characters long`)];
  return [];
}

function checkEmails(md: CoreMetadata, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const name of ['Author-email', 'Maintainer-email']) {
    for (const value of getFields(md, name)) {
      if (!isSet(value)) continue;
      const error = emailListError(value);
      if (error) problems.push(problemFrom(R.email, file, `${name} '${value}' is invalid: ${error}`));
    }
  }
  return problems;
}

function checkUrls(md: CoreMetadata, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const name of ['Home-page', 'Download-URL']) {
    for (const value of getFields(md, name)) {
      if (isSet(value) && !isHttpUrl(value)) {
        problems.push(problemFrom(R.url, file, `${name} '${value}' is not an http(s) URL`));
      }
    }
  }
  const labels = new Set<string>();
  for (const value of getFields(md, 'Project-URL')) {
    const comma = value.indexOf(',');
    const label = (comma < 0 ? value : value.slice(0, comma)).trim();
    const url = comma < 0 ? '' : value.slice(comma + 1).trim();
    if (comma < 0) {
      problems.push(problemFrom(R.projectUrl, file, `Project-URL '${value}' is not "Label, URL"`));
      continue;
    }
    if ([...label].length > 32) {
      problems.push(
        problemFrom(R.projectUrl, file, `Project-URL label '${label}' is longer than 32 characters`),
      );
    }
    if (labels.has(label))
      problems.push(problemFrom(R.projectUrl, file, `Project-URL label '${label}' repeats`));
    labels.add(label);
    if (!isHttpUrl(url))
      problems.push(problemFrom(R.url, file, `Project-URL '${label}' is '${url}', not an http(s) URL`));
  }
  return problems;
}

function checkRequirements(md: CoreMetadata, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const value of getFields(md, 'Requires-Dist')) {
    const parsed = parseRequirement508(value);
    if (!parsed.ok) {
      problems.push(
        problemFrom(R.requirement, file, `Requires-Dist '${value}' is not PEP 508: ${parsed.error}`),
      );
    } else if (parsed.requirement.url !== undefined) {
      problems.push(problemFrom(R.directUrl, file, `Requires-Dist '${value}' is a direct URL dependency`));
    }
  }
  for (const value of getFields(md, 'Requires-Python')) {
    const error = specifierSetError(value);
    if (error)
      problems.push(problemFrom(R.requirement, file, `Requires-Python '${value}' is invalid: ${error}`));
  }
  return problems;
}

function checkClassifiers(md: CoreMetadata, file: string, list: ClassifierList): Problem[] {
  const problems: Problem[] = [];
  for (const classifier of getFields(md, 'Classifier')) {
    const verdict = classifyClassifier(classifier, list);
    if (verdict === 'private') {
      problems.push(problemFrom(R.classifierPrivate, file, `classifier '${classifier}' is private`));
    } else if (verdict === 'deprecated') {
      const instead = classifierReplacements(classifier) ?? [];
      const hint = instead.length > 0 ? `; use '${instead.join("', '")}'` : '';
      problems.push(
        problemFrom(R.classifierUnknown, file, `classifier '${classifier}' is deprecated${hint}`),
      );
    } else if (verdict === 'unknown' && list.authoritative) {
      problems.push(
        problemFrom(R.classifierUnknown, file, `classifier '${classifier}' is not on ${list.source}`),
      );
    } else if (verdict === 'unknown') {
      // The bundled list may predate a classifier PyPI has since added: warn, naming the list's date.
      problems.push(
        problemFrom(
          R.classifierUnknown,
          file,
          `classifier '${classifier}' is not in ${list.source}, the list bundled with this tool; PyPI refuses it unless it was added since (publishing to PyPI checks PyPI's own list)`,
          'warning',
        ),
      );
    }
  }
  return problems;
}

function checkLicense(md: CoreMetadata, file: string): Problem[] {
  const expression = getField(md, 'License-Expression');
  if (expression === undefined) return [];
  const problems: Problem[] = [];
  const error = spdxExpressionError(expression);
  if (error) {
    problems.push(
      problemFrom(R.licenseExpression, file, `License-Expression '${expression}' is invalid: ${error}`),
    );
  } else {
    for (const unknown of unknownSpdxIds(expression)) {
      problems.push(
        problemFrom(
          R.licenseExpression,
          file,
          `License-Expression '${expression}' names '${unknown}', which is not on the SPDX license list`,
        ),
      );
    }
  }
  if (isSet(getField(md, 'License'))) {
    problems.push(problemFrom(R.licenseConflict, file, 'both License and License-Expression are present'));
  }
  const licenseClassifiers = getFields(md, 'Classifier').filter((c) => c.startsWith('License ::'));
  if (licenseClassifiers.length > 0) {
    const list = licenseClassifiers.join("', '");
    problems.push(
      problemFrom(R.licenseClassifier, file, `License-Expression comes with License classifiers '${list}'`),
    );
  }
  return problems;
}

/** `classifiers`: the list that decides (the index's own when fetched, else the bundled one). */
export function checkMetadataValues(
  md: CoreMetadata,
  file: string,
  classifiers: ClassifierList = BUNDLED_CLASSIFIERS,
): Problem[] {
  return [
    ...checkSummary(md, file),
    ...checkEmails(md, file),
    ...checkUrls(md, file),
    ...checkRequirements(md, file),
    ...checkClassifiers(md, file, classifiers),
    ...checkLicense(md, file),
  ];
}
