import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalysisOptions } from '../analysis/types';
import { type Anchor, anchor } from './anchoring';
import { articleMetadataOf, isSpanAnnotation, viewOf } from './annotationView';
import { type AnnotationView, type ArticleMetadata, asArray, isJsonObject, type SidecarProblem, type SidecarRead } from './model';
import { readSidecar, sidecarPathOf } from './sidecarStore';
import { parseTaxonomyFile } from './sidecarParse';
import { parseTagList, type TagDefinition } from './taxonomy';

/** A span annotation with where its words are in the current text. */
export interface AnchoredAnnotation {
  view: AnnotationView;
  anchor: Anchor;
}

/** The workspace file that defines the tag taxonomy, relative to a folder. */
export const TAXONOMY_FILE = path.join('.article-lens', 'taxonomy.json');

interface SidecarEntry {
  stamp: string;
  read: SidecarRead;
  /** The article-level facts of `read`, found on first use (every analysis asks for them). */
  metadata?: ArticleMetadata | null;
}

interface AnchoredEntry {
  key: string;
  sidecarStamp: string;
  list: AnchoredAnnotation[];
}

/**
 * Sidecars and taxonomies as read from disk, and their annotations anchored
 * in a given text. Each access checks the file's modification stamp (one
 * `stat`), so a change made outside the editor is seen without a watcher;
 * nothing is ever written here.
 */
export class AnnotationCache {
  readonly #sidecars = new Map<string, SidecarEntry>();
  readonly #anchored = new Map<string, AnchoredEntry>();
  readonly #taxonomies = new Map<string, { stamp: string; tags: TagDefinition[] | null; problems: SidecarProblem[] }>();

  /** The sidecar of the article at `articlePath`. */
  sidecar(articlePath: string): SidecarRead {
    return this.#entry(articlePath).read;
  }

  #entry(articlePath: string): SidecarEntry {
    const stamp = stampOf(sidecarPathOf(articlePath));
    const hit = this.#sidecars.get(articlePath);
    if (hit && hit.stamp === stamp) return hit;
    const entry: SidecarEntry = { stamp, read: readSidecar(articlePath) };
    this.#sidecars.set(articlePath, entry);
    return entry;
  }

  /**
   * The article's span annotations anchored in `text`; `textKey` identifies
   * the text (a document version) so that anchoring runs once per change.
   */
  anchored(articlePath: string, textKey: string, text: string): AnchoredAnnotation[] {
    const read = this.sidecar(articlePath);
    const sidecarStamp = this.#sidecars.get(articlePath)?.stamp ?? '';
    const hit = this.#anchored.get(articlePath);
    if (hit && hit.key === textKey && hit.sidecarStamp === sidecarStamp) return hit.list;
    const items = read.status === 'invalid' ? [] : asArray(read.page.items);
    const list: AnchoredAnnotation[] = [];
    for (const item of items) {
      if (!isJsonObject(item) || !isSpanAnnotation(item)) continue;
      const view = viewOf(item);
      list.push({ view, anchor: anchor(text, { exact: view.quote, prefix: view.prefix, suffix: view.suffix, position: view.position }) });
    }
    this.#anchored.set(articlePath, { key: textKey, sidecarStamp, list });
    return list;
  }

  /** Article-level facts recorded in the sidecar, or null. */
  articleMetadata(articlePath: string): ArticleMetadata | null {
    const entry = this.#entry(articlePath);
    if (entry.metadata === undefined) entry.metadata = entry.read.status === 'invalid' ? null : articleMetadataOf(asArray(entry.read.page.items));
    return entry.metadata;
  }

  /** The recorded publication date, the analysis's reference for relative dates. */
  documentDate(articlePath: string): string | null {
    return this.articleMetadata(articlePath)?.datePublished ?? null;
  }

  /**
   * What the analysis of the article `uri` takes from its sidecar: the
   * recorded publication date resolves the text's relative dates.
   */
  analysisOptions(uri: string): AnalysisOptions {
    if (!uri.startsWith('file:')) return {};
    try {
      const date = this.documentDate(fileURLToPath(uri));
      return date ? { documentDate: date } : {};
    } catch {
      return {};
    }
  }

  /**
   * The taxonomy file that applies to `articlePath`: the nearest
   * `.article-lens/taxonomy.json` in its folder or a parent folder.
   */
  taxonomyFor(articlePath: string): { file: string | null; tags: TagDefinition[] | null; problems: SidecarProblem[] } {
    let dir = path.dirname(articlePath);
    for (let depth = 0; depth < 64; depth++) {
      const file = path.join(dir, TAXONOMY_FILE);
      const stamp = stampOf(file);
      if (stamp !== 'missing') {
        let hit = this.#taxonomies.get(file);
        if (!hit || hit.stamp !== stamp) {
          hit = { stamp, ...readTaxonomy(file) };
          this.#taxonomies.set(file, hit);
        }
        return { file, tags: hit.tags, problems: hit.problems };
      }
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    return { file: null, tags: null, problems: [] };
  }

  forget(articlePath: string): void {
    this.#anchored.delete(articlePath);
    this.#sidecars.delete(articlePath);
  }
}

function readTaxonomy(file: string): { tags: TagDefinition[] | null; problems: SidecarProblem[] } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { tags: null, problems: [] };
  }
  const { value, problems } = parseTaxonomyFile(text);
  return { tags: value ? parseTagList(value.tags) : null, problems };
}

function stampOf(file: string): string {
  try {
    // Most articles have no sidecar: asking not to throw spares building an error on every request.
    const s = fs.statSync(file, { throwIfNoEntry: false });
    return s ? `${s.mtimeMs}:${s.size}:${s.ino}` : 'missing';
  } catch {
    return 'missing';
  }
}
