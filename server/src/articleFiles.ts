import picomatch from 'picomatch';

/**
 * Which files are articles. Shared by the client (which gives matching `.txt`
 * documents the `article` language) and the server (which indexes them).
 *
 * With no `articleLens.corpus` globs configured, a `.txt` file is an article
 * unless it sits beside the markers of a code project or has a name that code
 * projects use (requirements.txt, LICENSE.txt, CMakeLists.txt, ...). That makes
 * a folder of articles work with zero configuration while the `.txt` files of an
 * ordinary repository stay plain text.
 */

/** Files whose presence in a folder says "this is a code project". */
export const CODE_PROJECT_MARKERS: readonly string[] = [
  'package.json',
  'Cargo.toml',
  'go.mod',
  'pyproject.toml',
  'setup.py',
  'setup.cfg',
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
  'Makefile',
  'CMakeLists.txt',
  'Gemfile',
  'composer.json',
  'tsconfig.json',
  'meson.build',
];

const CODE_PROJECT_TXT_NAMES =
  /^(?:requirements(?:[-_.][\w.-]*)?|constraints|license|licence|copying|notice|authors|contributors|changelog|changes|readme|robots|cmakelists|version|todo|third[-_]party[-_]notices|dependencies|manifest|news|install|history|patents)\.txt$/i;

/** True when `baseName` alone rules a `.txt` file out as an article. */
export function isCodeProjectTextFile(baseName: string): boolean {
  return CODE_PROJECT_TXT_NAMES.test(baseName);
}

/** True when a folder's entries show a code project. */
export function isCodeProjectFolder(entryNames: Iterable<string>): boolean {
  for (const name of entryNames) {
    if (CODE_PROJECT_MARKERS.includes(name) || name.endsWith('.csproj') || name.endsWith('.sln')) return true;
  }
  return false;
}

/**
 * Decides whether a `.txt` file is an article by the automatic rule, given its
 * base name and the names of the entries in its folder.
 */
export function isArticleByDefault(baseName: string, siblingNames: Iterable<string>): boolean {
  if (!baseName.toLowerCase().endsWith('.txt')) return false;
  if (isCodeProjectTextFile(baseName)) return false;
  return !isCodeProjectFolder(siblingNames);
}

/**
 * Whether `relativePath` (slash-separated, relative to its workspace folder)
 * matches one of the `articleLens.corpus` globs.
 */
export function matchesCorpusGlobs(relativePath: string, globs: readonly string[]): boolean {
  return globs.length > 0 && picomatch(globs as string[], { dot: false, nocase: true })(relativePath);
}
