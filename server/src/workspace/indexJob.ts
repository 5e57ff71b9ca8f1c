import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { analyzeForIndex } from '../analysis/analyze';
import { type ArticleRecord, buildRecord, type DeclaredName } from './articleRecord';
import { decodeArticle } from './articleText';

/** One file for a worker to read and analyse. */
export interface IndexJobFile {
  uri: string;
  path: string;
  /** The content hash the cache holds for this file: equal content needs no analysis. */
  knownHash?: string;
  /** The article's date an analyst recorded (ISO), which the analysis takes over the text's own, as for an open document. */
  documentDate?: string;
}

export interface IndexJob {
  files: IndexJobFile[];
  maxFileSize: number;
  declared: DeclaredName[];
}

export type IndexJobResult =
  | { uri: string; kind: 'record'; record: ArticleRecord }
  | { uri: string; kind: 'unchanged'; size: number; mtimeMs: number }
  | { uri: string; kind: 'skipped'; message: string }
  | { uri: string; kind: 'gone' };

/** Reads, decodes and analyses one file into its record (or says why not). */
export function runIndexFile(file: IndexJobFile, maxFileSize: number, declared: readonly DeclaredName[]): IndexJobResult {
  let bytes: Buffer;
  let stat: fs.Stats;
  let fd: number | null = null;
  try {
    // One open for the size, the time and the bytes: a stat by path and then a read would look the path up twice.
    fd = fs.openSync(file.path, 'r');
    stat = fs.fstatSync(fd);
    if (stat.size > maxFileSize) {
      return { uri: file.uri, kind: 'skipped', message: `larger than ${maxFileSize} bytes (articleLens.maxFileSize)` };
    }
    bytes = fs.readFileSync(fd);
  } catch {
    return { uri: file.uri, kind: 'gone' };
  } finally {
    if (fd !== null) closeQuietly(fd);
  }
  const hash = createHash('sha1').update(bytes).digest('base64');
  if (file.knownHash === hash) return { uri: file.uri, kind: 'unchanged', size: stat.size, mtimeMs: stat.mtimeMs };
  const decoded = decodeArticle(bytes, maxFileSize);
  if (!decoded.ok) return { uri: file.uri, kind: 'skipped', message: decoded.message };
  try {
    const analysis = analyzeForIndex(decoded.text, file.documentDate ? { documentDate: file.documentDate } : {});
    const record = buildRecord({ uri: file.uri, size: stat.size, mtimeMs: stat.mtimeMs, hash }, decoded.text, analysis, declared);
    return { uri: file.uri, kind: 'record', record };
  } catch (error) {
    return { uri: file.uri, kind: 'skipped', message: `analysis failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // nothing to do: the bytes, if any, were read
  }
}

/** Runs a whole job. */
export function runIndexJob(job: IndexJob): IndexJobResult[] {
  return job.files.map((f) => runIndexFile(f, job.maxFileSize, job.declared));
}
