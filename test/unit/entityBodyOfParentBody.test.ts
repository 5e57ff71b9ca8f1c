import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('a named unit "of the" body that holds it is two bodies ("the Monetary Policy Committee of the Central Bank of Norland")', () => {
  const found = names('The Monetary Policy Committee of the Central Bank of Norland, led by Governor Ann Roe, decided to hold the rate. The Foreign Affairs Committee of the Varnian Parliament met later.');
  for (const n of ['Monetary Policy Committee:organization', 'Central Bank of Norland:organization', 'Foreign Affairs Committee:organization', 'Varnian Parliament:organization', 'Ann Roe:person']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
});

test('a body "of the" a place, or a lone head "of the" body, stays one name', () => {
  const found = names('The Central Bank of the Republic of Norland cut rates. The Council of the Varnian Union met.');
  for (const n of ['Central Bank of the Republic of Norland:organization', 'Council of the Varnian Union:organization']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
});
