import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import type { ArticleRecord } from './articleRecord';

const FORMAT = 2;
const FILE_NAME = 'workspace-index.bin';

interface CacheFile {
  format: number;
  /** Changes whenever the analysis code or the declared names change: then nothing is reused. */
  key: string;
  records: ArticleRecord[];
}

/**
 * What invalidates every cached record: the analysis code (the worker bundle's
 * bytes, or the server's when there is none) and the declared names, whose
 * occurrences are part of each record.
 */
export function cacheKey(codeFiles: readonly string[], declaredKey: string): string {
  const hash = createHash('sha1');
  for (const file of codeFiles) {
    try {
      hash.update(fs.readFileSync(file));
    } catch {
      hash.update(file);
    }
  }
  return hash.update('\0').update(declaredKey).digest('base64');
}

/** Reads the cached records, or an empty list when the cache is missing, stale or damaged. */
export function loadIndexCache(storagePath: string, key: string): ArticleRecord[] {
  try {
    const data = v8.deserialize(fs.readFileSync(path.join(storagePath, FILE_NAME))) as Partial<CacheFile>;
    if (data.format !== FORMAT || data.key !== key || !Array.isArray(data.records)) return [];
    return data.records;
  } catch {
    return [];
  }
}

/** Writes the records atomically (a temporary file renamed over the old one). */
export async function saveIndexCache(storagePath: string, key: string, records: ArticleRecord[]): Promise<void> {
  await fs.promises.mkdir(storagePath, { recursive: true });
  const file = path.join(storagePath, FILE_NAME);
  const temporary = `${file}.${process.pid}.tmp`;
  const data: CacheFile = { format: FORMAT, key, records };
  await fs.promises.writeFile(temporary, v8.serialize(data));
  await fs.promises.rename(temporary, file);
}
