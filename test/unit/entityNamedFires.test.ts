import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('a named fire is an event ("the Pine Hollow Fire", "Marrow Ridge Wildfire"), in its headline too', () => {
  const text = 'Pine Hollow Fire Evacuation Levels Change\n\nAn order was issued for the town of Corvale due to the encroaching Pine Hollow Fire. The Marrow Ridge Wildfire is contained. The Tallow Bushfire burned for a week.';
  const found = names(text);
  for (const n of ['Pine Hollow Fire:event', 'Marrow Ridge Wildfire:event', 'Tallow Bushfire:event']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
  assert.ok(!found.some((n) => n.startsWith('Pine Hollow Fire:') && n !== 'Pine Hollow Fire:event'), found.join(', '));
});

test('a known place or a county before "Fire" names its fire service, not a fire', () => {
  const found = names('Crews from Seattle Fire said the blaze was out. Dorran County Fire said two engines attended.');
  for (const n of ['Seattle Fire:organization', 'Dorran County Fire:organization']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
});

test('a fire and rescue service is one body ("Kelvale Fire and Rescue Service", "Dorran Fire & Rescue")', () => {
  const found = names('Kelvale Fire and Rescue Service said two engines attended. Crews from Dorran Fire & Rescue were called. The Varden Fire and Rescue Authority sent crews.');
  assert.deepEqual(found, ['Kelvale Fire and Rescue Service:organization', 'Dorran Fire & Rescue:organization', 'Varden Fire and Rescue Authority:organization']);
});
