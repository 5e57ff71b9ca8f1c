import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { SERVER_MAIN } from './lspClient';

// Every thread that analyses text loads one of these bundles: the city and country records
// they once carried cost each thread a quarter of a second of parsing before its first article.
test('the server bundles carry the gazetteer as a ready table, not the data packages it is built from', () => {
  for (const bundle of [SERVER_MAIN, path.join(path.dirname(SERVER_MAIN), 'indexWorker.js')]) {
    const code = fs.readFileSync(bundle, 'utf8');
    assert.ok(!code.includes('altSpellings'), `expected ${path.basename(bundle)} without the world-countries records`);
    assert.ok(!code.includes('cityMapping'), `expected ${path.basename(bundle)} without the city-timezones records`);
    assert.ok(code.includes('location:south-korea'), `expected ${path.basename(bundle)} to carry the gazetteer table`);
  }
});
