import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isArticleByDefault, matchesCorpusGlobs } from '../../server/src/articleFiles';

test('a folder of .txt files is a folder of articles', () => {
  assert.equal(isArticleByDefault('001_story.txt', ['001_story.txt', '002_story.txt']), true);
  assert.equal(isArticleByDefault('Story.TXT', ['Story.TXT', '.git']), true, 'a git repository of articles is still articles');
});

test('the .txt files of a code project are left alone', () => {
  assert.equal(isArticleByDefault('notes.txt', ['package.json', 'notes.txt', 'src']), false);
  assert.equal(isArticleByDefault('data.txt', ['Cargo.toml', 'data.txt']), false);
  assert.equal(isArticleByDefault('requirements.txt', ['requirements.txt']), false);
  assert.equal(isArticleByDefault('requirements-dev.txt', ['x.txt']), false);
  assert.equal(isArticleByDefault('CMakeLists.txt', ['CMakeLists.txt']), false);
  assert.equal(isArticleByDefault('LICENSE.txt', ['LICENSE.txt', 'a.txt']), false);
  assert.equal(isArticleByDefault('readme.md', ['readme.md']), false, 'only .txt files');
});

test('corpus globs match relative paths, case-insensitively', () => {
  assert.equal(matchesCorpusGlobs('news/2025/a.txt', ['news/**/*.txt']), true);
  assert.equal(matchesCorpusGlobs('docs/a.txt', ['news/**/*.txt']), false);
  assert.equal(matchesCorpusGlobs('NEWS/A.TXT', ['news/*.txt']), true);
  assert.equal(matchesCorpusGlobs('a.txt', []), false, 'no globs match nothing (the automatic rule applies instead)');
});
