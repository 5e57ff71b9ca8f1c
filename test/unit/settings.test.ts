import assert from 'node:assert/strict';
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
