import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const found = (text: string): string[] => analyze(text).dates.map((d) => `${d.text}=${d.value}`);

const CAPTION = 'Football - League One - Harbridge Rovers v Kelby Town - Marsh Lane, Harbridge - March 7, 2026 Harbridge\'s Tom Vale celebrates REUTERS/Ann Roe';
const STORY = 'HARBRIDGE (Reuters) - Harbridge Rovers beat Kelby Town 2-0 on Saturday, their first league win since Dec. 20.\n"It feels good today," Vale said.';

test('an undated article\'s lead photo, credited and dated in its caption, anchors its weekdays and yearless days', () => {
  const text = `Rovers end their long wait for a win\n\n${CAPTION}\n\n${STORY}`;
  const dates = found(text);
  for (const want of ['March 7, 2026=2026-03-07', 'Saturday=2026-03-07', 'Dec. 20=2025-12-20', 'today=2026-03-07']) assert.ok(dates.includes(want), `${want}: ${dates.join(', ')}`);
  assert.equal(analyze(text).dct, null, 'the photo\'s day anchors the story but is not its stated date');
});

test('a file photo\'s date, a caption with no credit, and a caption under a dated story anchor nothing', () => {
  const file = `Rovers end their long wait for a win\n\nFILE PHOTO: ${CAPTION}\n\n${STORY}`;
  assert.ok(found(file).includes('Saturday=XXXX-WXX-6'), found(file).join(', '));
  const uncredited = `Rovers end their long wait for a win\n\n${CAPTION.replace(' REUTERS/Ann Roe', '')}\n\n${STORY}`;
  assert.ok(found(uncredited).includes('Saturday=XXXX-WXX-6'), found(uncredited).join(', '));
  const dated = `Rovers end their long wait for a win\nPublished: March 8, 2026\n\n${CAPTION}\n\n${STORY}`;
  assert.ok(found(dated).includes('Saturday=2026-03-07'), found(dated).join(', '));
  assert.ok(found(dated).includes('today=2026-03-08'), 'the story\'s own date comes first');
});

test('a day placed by the lead photo\'s date says so, not that the article\'s own date placed it', () => {
  const text = `Rovers end their long wait for a win\n\n${CAPTION}\n\n${STORY}`;
  const saturday = analyze(text).dates.find((d) => d.text === 'Saturday');
  assert.equal(saturday?.resolution, 'photo-date');
});
