/** What the reStructuredText checker collects while it walks a document. */
export interface RstIssue {
  /** 1-based line in the checked text. */
  readonly line: number;
  /** docutils' level: warnings and worse stop PyPI's renderer. */
  readonly level: 'warning' | 'error' | 'severe';
  /** The message, worded like docutils'. */
  readonly message: string;
}

export interface NamedRef {
  readonly name: string;
  readonly line: number;
}

export class RstState {
  readonly issues: RstIssue[] = [];
  /** Named hyperlink references (`foo_`, `` `foo bar`_ ``), by normalised name. */
  readonly refs: NamedRef[] = [];
  /** Explicit targets: normalised name → URL ('' for internal targets). */
  readonly targets = new Map<string, string>();
  /** Implicit targets: section titles. */
  readonly implicitTargets = new Set<string>();
  /** Targets of references with embedded URIs (implicit since docutils 0.22): name → URL. */
  readonly embeddedTargets = new Map<string, string>();
  /** Names two embedded-URI targets share with different URLs. */
  readonly ambiguousEmbedded = new Set<string>();
  readonly substitutions = new Set<string>();
  readonly substitutionRefs: NamedRef[] = [];
  /** Substitutions defined as images scaled without a size: the warning docutils gives where they are used. */
  readonly scaledSubstitutions = new Map<string, { readonly line: number; readonly message: string }>();
  /** Footnote and citation labels (`1`, `#note`, `cit2002`) and the references to them. */
  readonly labels = new Set<string>();
  readonly labelRefs: NamedRef[] = [];
  readonly customRoles = new Set<string>();
  anonymousRefs = 0;
  /** Set when skipped text (tables, line blocks) may hold anonymous references the count misses. */
  anonymousUncertain = false;
  anonymousTargets = 0;
  autoFootnotes = 0;
  autoFootnoteRefs = 0;
  symbolFootnotes = 0;
  symbolFootnoteRefs = 0;
  /** Section title styles in order of first use (`=` underline, `=/=` over- and underline). */
  readonly titleStyles: string[] = [];
  sectionLevel = 0;

  report(line: number, level: RstIssue['level'], message: string): void {
    this.issues.push({ line, level, message });
  }

  /**
   * Records the target of a reference with an embedded URI (`` `name <url>`_ ``). Since docutils 0.22 (Warehouse
   * pins 0.23) it is implicit: a second one with the same name and another URL is no "Duplicate explicit target
   * name" warning, and an explicit target of the same name takes precedence. A named reference to a name two
   * such targets share with different URLs is still an error ("Duplicate target name, cannot be used as a
   * unique reference").
   */
  addEmbeddedTarget(name: string, url: string): void {
    const key = normalizeRefName(name);
    const existing = this.embeddedTargets.get(key);
    if (existing !== undefined && existing !== url) this.ambiguousEmbedded.add(key);
    this.embeddedTargets.set(key, url);
  }

  /** Records an explicit target, reporting a duplicate name with a different URL as docutils does. */
  addTarget(name: string, url: string, line: number): void {
    const key = normalizeRefName(name);
    const existing = this.targets.get(key);
    if (existing !== undefined && (existing !== url || url === '')) {
      this.report(line, 'warning', `Duplicate explicit target name: "${key}".`);
    }
    this.targets.set(key, url);
  }
}

/** docutils' `fully_normalize_name`: whitespace collapsed, lower case. */
export function normalizeRefName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
