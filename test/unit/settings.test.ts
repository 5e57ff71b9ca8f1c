import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, parseSettings } from '../../server/src/settings';

test('entity mention lenses default to the headline', () => {
  assert.equal(parseSettings({}).entityMentionLenses, 'headline', 'expected "headline" when nothing is set');
  assert.equal(parseSettings(null).entityMentionLenses, 'headline', 'expected "headline" for a missing settings object');
  assert.equal(DEFAULT_SETTINGS.entityMentionLenses, 'headline');
});

test('entity mention lenses read articleLens.codeLens.entityMentions', () => {
  for (const mode of ['headline', 'firstMention', 'off'] as const) {
    assert.equal(parseSettings({ codeLens: { entityMentions: mode } }).entityMentionLenses, mode, `expected "${mode}" to be read as is`);
  }
});

test('an unknown or mistyped entity mention lens setting falls back to the headline', () => {
  for (const raw of [{ codeLens: { entityMentions: 'everywhere' } }, { codeLens: { entityMentions: 3 } }, { codeLens: 'off' }, { codeLens: null }]) {
    assert.equal(parseSettings(raw).entityMentionLenses, 'headline', `expected "headline" for ${JSON.stringify(raw)}`);
  }
});

test("the extension manifest's setting defaults are the server's", () => {
  const manifestPath = path.join(__dirname, '..', '..', '..', 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { default?: unknown }> } };
  };
  const props = manifest.contributes.configuration.properties;
  assert.equal(props['articleLens.maxFileSize']?.default, DEFAULT_SETTINGS.maxFileSize);
  assert.deepEqual(props['articleLens.corpus']?.default, DEFAULT_SETTINGS.corpus);
  assert.equal(props['articleLens.codeLens.entityMentions']?.default, DEFAULT_SETTINGS.entityMentionLenses);
});

test('a missing or invalid maxFileSize falls back to the default, a positive one is kept', () => {
  assert.equal(parseSettings({}).maxFileSize, DEFAULT_SETTINGS.maxFileSize);
  for (const raw of [0, -5, 'big', Number.NaN, Number.POSITIVE_INFINITY]) {
    assert.equal(parseSettings({ maxFileSize: raw }).maxFileSize, DEFAULT_SETTINGS.maxFileSize, `expected the default for ${String(raw)}`);
  }
  assert.equal(parseSettings({ maxFileSize: 12345 }).maxFileSize, 12345);
});
