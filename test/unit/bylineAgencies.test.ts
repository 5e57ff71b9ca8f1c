import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

test('a byline with an agency and its role after the name, a writer alone above the dateline', () => {
  const wire = analyze('Harbor Knights reach final\nBy Tom Albers AP Sports Writer\nHARBOR CITY (AP) — Luis Ortega hit a homer.').entities;
  const found = wire.map((e) => `${e.text}/${e.type}`);
  assert.ok(found.includes('Tom Albers/person') && found.includes('AP/organization'), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Tom Albers AP') || f.startsWith('Writer') || f.startsWith('AP Sports')), found.join(', '));
  const sport = analyze('Kelby win the cup final\nOrtak scores twice as hosts complete a double\nMehmet Arslan\nKELBY (AA) - Kelby beat Dorvan 3-1 on Wednesday.').entities;
  assert.ok(sport.some((e) => e.text === 'Mehmet Arslan' && e.type === 'person'), sport.map((e) => e.text).join(', '));
});
