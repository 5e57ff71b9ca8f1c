import * as fs from 'node:fs';
import { updateSidecar } from '../../server/src/annotations/sidecarStore';

/**
 * A separate writer process for the fault tests:
 * `sidecarWriter <article> <count> <tag> [noteBytes]` adds `count` annotations
 * one write at a time. Without arguments (as when a test runner loads it) it
 * does nothing.
 */
async function main(): Promise<void> {
  const [article, countText, tag, noteBytes] = process.argv.slice(2);
  if (!article || !countText || !tag) return;
  const text = fs.readFileSync(article, 'utf8');
  const note = 'n'.repeat(Number(noteBytes ?? 0));
  for (let i = 0; i < Number(countText); i++) {
    const start = i % Math.max(1, text.length - 5);
    await updateSidecar(article, text, [{ kind: 'add', start, end: start + 5, tags: [`${tag}-${i}`], note }]);
    process.stdout.write(`${i}\n`);
  }
}

void main();
