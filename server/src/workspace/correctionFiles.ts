import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { lineStartsOf, positionOf } from '../textPositions';
import { type Corrections, parseCorrections } from './corrections';

/** The workspace file where analysts correct entities. */
export const CORRECTIONS_FILE = '.article-lens/entities.json';

/**
 * The corrections of every workspace folder's corrections file, in folder
 * order. Each file's problems go to `publish` as diagnostics; a folder with no
 * file gets an empty list, which clears what an earlier file had shown.
 */
export function readCorrectionFiles(folders: readonly string[], publish: (uri: string, diagnostics: Diagnostic[]) => void): Corrections {
  const all: Corrections = { merge: [], split: [], rename: [], alias: [], declare: [], notEntities: [] };
  for (const folder of folders) {
    const file = path.join(folder, CORRECTIONS_FILE);
    const uri = pathToFileURL(file).toString();
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      publish(uri, []);
      continue;
    }
    const { corrections, problems } = parseCorrections(text);
    for (const k of Object.keys(all) as (keyof Corrections)[]) (all[k] as unknown[]).push(...corrections[k]);
    const starts = lineStartsOf(text);
    publish(
      uri,
      problems.map((p) => ({
        range: { start: positionOf(starts, p.start), end: positionOf(starts, p.end) },
        message: p.message,
        severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        source: 'Article Lens',
      })),
    );
  }
  return all;
}
