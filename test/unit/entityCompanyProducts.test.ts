import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test('a name the article gives a company\'s chief is the company, before its app too', () => {
  const found = mentions('Officials met on Monday.\nKelbytel has finished its network, said Ana Roe, CEO of Kelbytel.\nCustomers can switch through the Kelbytel app.');
  assert.ok(!found.some((f) => f.startsWith('Kelbytel/') && f !== 'Kelbytel/organization'), found.join(', '));
  assert.ok(found.filter((f) => f === 'Kelbytel/organization').length >= 2, found.join(', '));
  const drug = mentions('Officials met on Monday.\nSales of its weight-loss drug Lumavex rose. Lumavex tablets sold out.');
  assert.ok(drug.includes('Lumavex/product'), drug.join(', '));
});

test('a syndication feed\'s credit is one publisher, and a country\'s plan with its year is a programme', () => {
  const found = mentions('Kelbytel finishes network\n(MENAFN- Times of Varnia) Dorvan: Kelbytel has finished its network.\nThe work is part of Oman Vision 2040 and of Agenda 2063.');
  for (const name of ['Times of Varnia/organization', 'Oman Vision 2040/product', 'Agenda 2063/product']) assert.ok(found.includes(name), found.join(', '));
  assert.ok(!found.some((f) => f.startsWith('Vision/') || f.startsWith('Times/')), found.join(', '));
});

test('a tax and its acronym name nothing, but a body the acronym opens does', () => {
  const found = mentions('Officials met on Monday.\nGross Goods and Services Tax (GST) collections rose. The GST Council will meet, and central GST rose too.');
  assert.deepEqual(found, ['GST Council/organization'], found.join(', '));
});
