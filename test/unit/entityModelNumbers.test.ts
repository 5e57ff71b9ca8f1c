import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// Products named by a series and a model number, a generation or a model's words after it.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('a series, its model number and the model words after it are one product', () => {
  const found = mentions(
    'Orvex unveiled its Quasar 9 Gen 2 chip on Monday. The Tarlo Nova 12 Pro ships with the Quasar 780 chip, and buyers in Peru get the Tarlo K22 5G. Last year the Pellin Vista 30 Ultra sold well.',
  );
  for (const name of ['Quasar 9 Gen 2', 'Tarlo Nova 12 Pro', 'Quasar 780', 'Tarlo K22 5G', 'Pellin Vista 30 Ultra']) assert.ok(found.includes(`${name}/product`), found.join(', '));
  for (const cut of ['Quasar/', 'Tarlo Nova/', 'Pro/', 'Ultra/', 'Tarlo K22/']) assert.ok(!found.some((f) => f.startsWith(cut)), found.join(', '));
  assert.ok(found.includes('Peru/location'), found.join(', '));
});

test('a series the article shows as a model keeps its number elsewhere, and a maker before it stays apart', () => {
  const found = mentions('Last spring the Tarlo Nova 2019 sold out. Its successor, the Tarlo Nova 18 Neo, uses the Quasar 2600 chip, as does the Orvex Quasar 2600 board.');
  assert.ok(found.includes('Tarlo Nova 2019/product'), found.join(', '));
  assert.ok(found.includes('Tarlo Nova 18 Neo/product'), found.join(', '));
  assert.equal(found.filter((f) => f === 'Quasar 2600/product').length, 2, found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Orvex Quasar')), found.join(', '));
  // The model's first word is its maker's or series' name, not the model.
  assert.ok(!found.includes('Tarlo/product'), found.join(', '));
});

test('a series letter before "series" names a product line', () => {
  const found = mentions('Shops will stock both the Tarlo K series and the Tarlo M series by spring.');
  assert.ok(found.includes('Tarlo K/product'), found.join(', '));
  assert.ok(found.includes('Tarlo M/product'), found.join(', '));
});

test('a model year inside a product name is no date', () => {
  const a = analyze('The Tarlo Nova 2019 with a free case went on sale in March, and the Tarlo Nova 18 Neo followed.');
  assert.ok(!a.dates.some((d) => d.text === '2019'), a.dates.map((d) => d.text).join(', '));
  assert.ok(a.dates.some((d) => d.text === 'March'), a.dates.map((d) => d.text).join(', '));
});

test('numbers after places, stages, flights and counts stay apart', () => {
  const found = mentions('Flight 12 left Gate 5 for Peru 2 days late. Dorvania sent Varnia 150 tanks. In 2024 Mr Tom Hale, 45, spoke.');
  assert.ok(!found.some((f) => f.endsWith('/product')), found.join(', '));
  assert.ok(found.includes('Tom Hale/person'), found.join(', '));
});
