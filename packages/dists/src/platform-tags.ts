/**
 * The wheel platform tags PyPI accepts (PYPI.md §3). Plain `linux_*` (other than armv6l/armv7l, which the
 * Raspberry Pi ecosystem relies on) and `pyodide_*` are refused: such wheels only install on the machine that
 * built them.
 */
const LINUX_ARCHES = '(x86_64|i686|aarch64|armv7l|ppc64|ppc64le|s390x|riscv64|loongarch64)';
const MAC_ARCHES = '(ppc|ppc64|i386|x86_64|arm64|intel|fat|fat3|fat32|fat64|universal|universal2)';

const ALLOWED: readonly RegExp[] = [
  /^any$/,
  /^win32$/,
  /^win_(amd64|arm64|ia64)$/,
  /^manylinux1_(x86_64|i686)$/,
  /^manylinux2010_(x86_64|i686)$/,
  /^manylinux2014_(x86_64|i686|aarch64|armv7l|ppc64|ppc64le|s390x)$/,
  new RegExp(`^manylinux_\\d+_\\d+_${LINUX_ARCHES}$`),
  new RegExp(`^musllinux_\\d+_\\d+_${LINUX_ARCHES}$`),
  new RegExp(`^macosx_10_\\d+_${MAC_ARCHES}$`),
  new RegExp(`^macosx_(1[1-9]|[2-9]\\d)_0_${MAC_ARCHES}$`),
  /^ios_\d+_\d+_(arm64|x86_64)_(iphoneos|iphonesimulator)$/,
  /^android_\d+_(arm64_v8a|armeabi_v7a|x86|x86_64)$/,
  /^pyemscripten_\d{4}_\d+_wasm32$/,
  /^linux_(armv6l|armv7l)$/,
];

export function isAllowedPlatformTag(tag: string): boolean {
  return ALLOWED.some((pattern) => pattern.test(tag));
}

/** Why a refused tag is refused, with the fix, for the common cases. */
export function platformTagAdvice(tag: string): string {
  if (tag.startsWith('linux_')) {
    return 'repair the wheel with auditwheel (`auditwheel repair`) or build it with cibuildwheel to get a manylinux/musllinux tag';
  }
  if (tag.startsWith('pyodide_')) {
    return 'PyPI does not host Pyodide wheels; publish them elsewhere (for example as a GitHub release asset)';
  }
  if (tag.startsWith('macosx_')) {
    return 'macOS 11 and later use `macosx_<major>_0_<arch>`; set MACOSX_DEPLOYMENT_TARGET to e.g. 11.0 and rebuild';
  }
  return 'build the wheel with a standard tool (cibuildwheel, maturin, scikit-build-core) so that it carries a standard platform tag';
}
