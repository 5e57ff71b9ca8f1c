import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('what one holds shares or a stake "in" is a company, not a place ("Shares in Dalcom rose", "a 10% stake in Velmont")', () => {
  const found = names('Profit rose 5 percent at the firm. Shares in Dalcom rose 3 percent, and Harvane bought a 10% stake in Velmont. Investors in Corvale were pleased.');
  for (const n of ['Dalcom:organization', 'Velmont:organization', 'Corvale:location']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
});
