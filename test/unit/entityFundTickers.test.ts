import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

// A bracketed ticker after a fund's or an index's name is a code, not a name; capitals that spell the
// name's initials are its acronym all the same.

const mentions = (text: string): string[] => analyze(text).entities.map((m) => `${m.text}/${m.type}`);

test("a fund's or an index's bracketed ticker is no entity; the fund is a product", () => {
  const found = mentions(
    'Stocks fell. The Materials Select Sector SPDR (XLB) rose, the Kelby Composite Index (KCX) fell and the Varden Growth ETF (VGX) slipped. The Harlow Industrial Average (HIX) dipped.',
  );
  for (const code of ['XLB', 'KCX', 'VGX', 'HIX']) assert.ok(!found.some((f) => f.startsWith(`${code}/`)), found.join(', '));
  assert.ok(found.includes('Materials Select Sector SPDR/product'), found.join(', '));
  assert.ok(found.includes('Varden Growth ETF/product'), found.join(', '));
});

test("capitals spelling a fund's initials are its acronym, and a body's bracketed acronym stays", () => {
  const fund = mentions('The Tarn Valley Pension Fund (TVPF) bought bonds, and the Orvel Trade Agency (OTA) approved.');
  assert.ok(fund.includes('TVPF/organization'), fund.join(', '));
  assert.ok(fund.includes('OTA/organization'), fund.join(', '));
});
