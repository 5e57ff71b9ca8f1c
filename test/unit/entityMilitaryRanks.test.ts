import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('"Brigadier" and "Major" before a name are ranks outside it ("Brigadier Tomas Velkin" is Tomas Velkin)', () => {
  const found = names('The police spokesperson, Brigadier Tomas Velkin said the man was arrested. Major Anna Roe led the patrol, and Brigadier General Ivo Dal and Major General Lena Brandt watched.');
  for (const n of ['Tomas Velkin:person', 'Anna Roe:person', 'Ivo Dal:person', 'Lena Brandt:person']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
  assert.ok(!found.some((n) => n.startsWith('Brigadier') || n.startsWith('Major')), found.join(', '));
});

test('"Major" before a word that is no given name opens no rank ("the Major Crimes Unit")', () => {
  const found = names('Officers from the Major Crimes Unit said the man was arrested. The Major Projects Authority said costs rose.');
  for (const n of ['Major Crimes Unit:organization', 'Major Projects Authority:organization']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
});
