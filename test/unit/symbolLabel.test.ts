import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pickerKeeps, searchLabel } from '../../server/src/features/symbolLabel';

test('the picker keeps a name holding the query\'s letters in order, whatever their case, spaces ignored', () => {
  assert.equal(pickerKeeps('Velmoran Harbour Authority', 'harbour'), true);
  assert.equal(pickerKeeps('Velmoran Harbour Authority', 'vha'), true);
  assert.equal(pickerKeeps('Velmoran Harbour Authority', 'velmoran harbour'), true);
  assert.equal(pickerKeeps('Şükrü Dağlıoğlu', 'daglioglu'), false);
  assert.equal(pickerKeeps('North Varnia', 'nv.'), false);
});

test('a name the picker keeps is answered as it is', () => {
  assert.equal(searchLabel('Velmoran Harbour Authority', ['VHA', 'Velmoran Harbour Authority'], 'harbour'), 'Velmoran Harbour Authority');
  assert.equal(searchLabel('Velmoran Harbour Authority', ['VHA'], ''), 'Velmoran Harbour Authority');
});

test('an entity found without its diacritics shows the spelling the search matched', () => {
  // The article's own unaccented spelling first; else the name without its marks.
  assert.equal(searchLabel('Şükrü Dağlıoğlu', ['Şükrü Dağlıoğlu', 'Sukru Daglioglu'], 'daglioglu'), 'Şükrü Dağlıoğlu (Sukru Daglioglu)');
  assert.equal(searchLabel('Zürichsee Kantonal', ['Zürichsee Kantonal'], 'zurichsee'), 'Zürichsee Kantonal (Zurichsee Kantonal)');
});

test('an entity found through an alias shows that alias', () => {
  assert.equal(searchLabel('North Varnia', ['North Varnia', 'N. Varnia', 'DPRV'], 'dprv'), 'North Varnia (DPRV)');
  assert.equal(searchLabel('North Varnia', ['North Varnia', 'N. Varnia'], 'n. varnia'), 'North Varnia (N. Varnia)');
});

test('a query no spelling holds leaves the name alone', () => {
  assert.equal(searchLabel('North Varnia', ['North Varnia'], 'qqq'), 'North Varnia');
});
