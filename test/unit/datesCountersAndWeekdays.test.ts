import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

/** "text=value" for each date the analysis finds. */
const datesOf = (text: string, documentDate?: string): string[] =>
  analyze(text, documentDate ? { documentDate } : {}).dates.map((d) => `${d.text}=${d.value}`);

/** A Wednesday. */
const wednesday = '2031-03-05';

test('a page\'s view, share and comment counters are no years', () => {
  assert.deepEqual(datesOf('Lowland Derby Ends Level\n\n0\n2031\n\nThe two clubs drew on Tuesday.', wednesday), ['Tuesday=2031-03-04']);
  assert.deepEqual(datesOf('Ferry fares rise\nViews: 2027\nFares rose on Tuesday.', wednesday), ['Tuesday=2031-03-04']);
  assert.deepEqual(datesOf('Ferry fares rise\n2027 Views | 14 Comments\nFares rose on Tuesday.', wednesday), ['Tuesday=2031-03-04']);
  assert.deepEqual(datesOf('The plant opened in\n2027\nand closed later.', wednesday), ['2027=2027']);
});
