import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeStructure } from '../../server/src/analysis/structure';
import { analyze } from '../../server/src/analysis/analyze';

const regionsOf = (text: string): string[] => analyzeStructure(text).boilerplate.map((b) => text.slice(b.start, b.end));

test('the headlines listed under "Also read:" are links, up to another control or an agency\'s sign-off', () => {
  const text = [
    'Rains reach the coast early',
    'Harwick, Jun 3 (Tern) The rains reached the coast on Wednesday, forecasters said.',
    'Also read:',
    'Heat grips the plains as schools stay shut',
    'Forecasters see a wet season for the valley',
    'Share on: Facebook | X | WhatsApp',
    '--Tern',
  ].join('\n');
  assert.deepEqual(regionsOf(text), [
    'Also read:\nHeat grips the plains as schools stay shut\nForecasters see a wet season for the valley\nShare on: Facebook | X | WhatsApp',
  ]);
  const signedOff = 'Rains reach the coast\nThe rains came, forecasters said.\nRelated stories\nHeat grips the plains as schools shut\n--Tern\nab/';
  assert.deepEqual(regionsOf(signedOff), ['Related stories\nHeat grips the plains as schools shut']);
  const prose = 'Rains reach the coast\nThe rains came, forecasters said.\nRead more\nThe ministry said the dams were full.';
  assert.deepEqual(regionsOf(prose), ['Read more'], 'a sentence under the label is the story again');
});

test('a call to follow the site, a rule and a hub\'s link close the story; the agency\'s credit stays', () => {
  const text = [
    'Owls win the final',
    'DOVER (Tern) — The Owls won the final on Sunday.',
    '(Reporting by Ann Roe; Editing by Tom Lee)',
    'Follow us on Twitter @TernNews',
    '___',
    'Tern Sports: https://example.com/hub/sports',
  ].join('\n');
  assert.deepEqual(regionsOf(text), ['Follow us on Twitter @TernNews\n___\nTern Sports: https://example.com/hub/sports']);
  assert.deepEqual(regionsOf('Owls win\nThe Owls won, see https://example.com for more, fans said.'), [], 'a link inside a sentence is content');
});

test('an agency\'s note on its funders or its subscribers\' service, and a cookie notice, are small print', () => {
  const funders = 'Owls win\nThe Owls won on Sunday.\nThe Tern agency receives support from several foundations. Tern is solely responsible for all content.';
  assert.deepEqual(regionsOf(funders), ['The Tern agency receives support from several foundations. Tern is solely responsible for all content.']);
  const cookies = 'Skip to content\nWe use cookies to improve your experience. Accept | Learn more\nOwls win the final\nThe Owls won on Sunday.';
  assert.ok(regionsOf(cookies).some((r) => r.includes('We use cookies')), regionsOf(cookies).join(' / '));
});

test('a wire\'s note to editors on its own line is no content, and names in it are none', () => {
  const text = '(LEAD) Ferry line to reopen in spring\n(ATTN: ADDS quotes in paras 4-5)\nPORTVILLE, March 3 (Tern) -- The ferry line will reopen, officials said.\n';
  assert.deepEqual(regionsOf(text), ['(ATTN: ADDS quotes in paras 4-5)']);
  const prose = 'Ferry line to reopen\n(The line closed in 2019.)\nThe ferry line will reopen, officials said.\n';
  assert.deepEqual(regionsOf(prose), []);
});

test('page labels and breadcrumbs name nothing: a stamp\'s label, a sketch\'s credit, a link\'s words in brackets or bars, a trail set apart by slashes', () => {
  const result = analyze(
    'DORVA / Kelby Daily  >  News  >  Local\n\nMill to reopen\n\nPosted on : Jul.19,2026 21:07 Modified on : Jul.20,2026 20:25\n\n' +
      'Ann Roe, the mill\'s owner. Sketch: KDN\n' +
      'The mill in Kelby [Images] will reopen, Ann Roe said at a briefing. (Match Report | Pics)\nRoe thanked the Kelby Daily Report for its coverage.',
  );
  const found = result.entities.map((e) => e.text);
  for (const w of ['DORVA', 'News', 'Local', 'Modified', 'Posted', 'Sketch', 'Images', 'Report', 'Pics']) assert.ok(!found.includes(w), `${w}: ${found.join(', ')}`);
  assert.ok(found.includes('Ann Roe') && found.includes('KDN') && found.includes('Kelby Daily Report'), found.join(', '));
});
