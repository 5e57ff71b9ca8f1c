import type { EvalSummary, Prf, Ratio } from './evalScore';

const pct = (x: number | null) => (x === null ? '    –' : `${(100 * x).toFixed(1).padStart(5)}`);

function prfRow(label: string, p: Prf): string {
  const cells = [p.tp + p.fn, p.tp + p.fp, p.tp, p.fp, p.fn].map((n) => String(n).padStart(7));
  // A vacuous 1 (nothing found, or nothing to find) reads better as a dash.
  const precision = p.tp + p.fp === 0 ? null : p.precision;
  const recall = p.tp + p.fn === 0 ? null : p.recall;
  const f1 = p.tp + p.fp + p.fn === 0 ? null : p.f1;
  return `${label.padEnd(26)}${cells.join('')}  ${pct(precision)}  ${pct(recall)}  ${pct(f1)}`;
}

function ratioRow(label: string, r: Ratio, of: string): string {
  return `${label.padEnd(26)}${pct(r.accuracy)}${r.accuracy === null ? ' ' : '%'}  (${r.correct} of ${r.total} ${of})`;
}

/** Renders an evaluation summary as a plain-text table for a terminal. */
export function formatEvalTable(summary: EvalSummary, title = 'Evaluation'): string {
  const { entities, linking, dates, claims } = summary;
  const lines = [
    `${title}: ${summary.articles} articles`,
    '',
    `${''.padEnd(26)}${['gold', 'system', 'tp', 'fp', 'fn'].map((h) => h.padStart(7)).join('')}  ${'P%'.padStart(5)}  ${'R%'.padStart(5)}  ${'F1%'.padStart(5)}`,
    prfRow('Entities, span + type', entities.exact),
    ...Object.entries(entities.byType).map(([type, p]) => prfRow(`  ${type}`, p)),
    prfRow('Entities, span only', entities.span),
    prfRow('Entities, overlap', entities.overlap),
    prfRow('Linking, mention pairs', linking.pairs),
    prfRow('Dates, overlap', dates.overlap),
    prfRow('Claims, overlap', claims.overlap),
    '',
    ratioRow('Date values right', dates.value, 'matched dates'),
    ratioRow('Claim speakers right', claims.speaker, 'matched claims'),
    ratioRow('Article dates right', summary.dct, 'articles'),
    ratioRow('Gold mentions found', { correct: linking.foundMentions, total: linking.goldMentions, accuracy: linking.foundShare }, 'by exact span'),
    `${'Linking recall, all gold'.padEnd(26)}${pct(linking.recallOverAllGoldPairs)}%  (unfound mentions counted as not linked)`,
    '',
    'Linking pairs: gold mentions in different articles that a system mention matches by exact span;',
    'a pair is predicted when both have the same system entity id, gold when both have the same chain.',
    'Unfound gold mentions are left out of the pairs (see "Gold mentions found").',
    'Items overlapping gold boilerplate are ignored on both sides; optional gold items are not counted.',
  ];
  if (summary.perArticle.length > 1) {
    lines.push('', `${'Article'.padEnd(34)}${'entities F1'.padStart(12)}${'dates F1'.padStart(10)}${'claims F1'.padStart(11)}  date`);
    for (const a of summary.perArticle) {
      const name = a.id.length > 32 ? `${a.id.slice(0, 31)}…` : a.id;
      const note = a.hasSystemRecord ? '' : '  (no system record)';
      lines.push(
        `${name.padEnd(34)}${pct(a.entitiesExact.f1).padStart(12)}${pct(a.datesOverlap.f1).padStart(10)}${pct(a.claimsOverlap.f1).padStart(11)}  ${a.dctRight ? 'right' : 'wrong'}${note}`,
      );
    }
  }
  if (summary.missingSystem.length > 0) lines.push('', `No system record for: ${summary.missingSystem.join(', ')}`);
  if (summary.unknownSystem.length > 0) lines.push('', `System records without gold (ignored): ${summary.unknownSystem.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
