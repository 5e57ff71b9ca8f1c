import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// A page may put a section label, a headline and a photo caption twice over before its byline: the byline is still
// read as one, its writers in capitals named as people.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('a byline in capitals under a repeated photo caption names its writers', () => {
  const found = mentions(
    'campus news\n\nRivers to shift as glaciers retreat\n\nMeltwater runs off a glacier near Kelby Fjord. Photo: Ivo Marsh.\n\nMeltwater runs off a glacier near Kelby Fjord. Photo: Ivo Marsh\n\nBy MARA QUIST and TOBIAS FENN\n\nPublished May 3, 2024\n\nRivers fed by glaciers will change course within decades, a study found.',
  );
  assert.ok(found.includes('MARA QUIST/person'), found.join(', '));
  assert.ok(found.includes('TOBIAS FENN/person'), found.join(', '));
});
