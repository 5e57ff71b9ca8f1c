import { parseUserDate } from '../analysis/userDate';
import { anchor } from './anchoring';
import {
  isArticleMetadataAnnotation,
  isSpanAnnotation,
  newArticleAnnotation,
  newSpanAnnotation,
  setArticleMetadata,
  setNote,
  setSpan,
  setTags,
  viewOf,
} from './annotationView';
import { type ArticleMetadata, asArray, CONTEXT_LENGTH, isJsonObject, type JsonObject } from './model';

/**
 * An analyst's change to one article's annotations. Changes are replayed on
 * the sidecar as it is on disk at the moment of writing (never on a copy read
 * earlier), so what another window, process or `git pull` wrote in between is
 * kept, and a deleted annotation cannot come back from a stale copy.
 */
export type AnnotationEdit =
  | { kind: 'add'; start: number; end: number; tags: string[]; note: string }
  | { kind: 'update'; id: string; tags?: string[]; note?: string }
  | { kind: 'delete'; id: string }
  | { kind: 'reattach'; id: string; start: number; end: number }
  | { kind: 'setArticle'; metadata: Partial<ArticleMetadata> };

export interface EditEnvironment {
  /** The article's current text, which positions refer to. */
  text: string;
  articleName: string;
  /** ISO timestamp of this write. */
  now: string;
  creator: string;
  newId: () => string;
}

export interface EditOutcome {
  /** The id of the annotation each edit touched (for `add`, the new id). */
  ids: (string | null)[];
  /** Edits that could not apply, said in words for the analyst. */
  skipped: string[];
}

/**
 * Applies edits to a page in place, then refreshes the selectors of every
 * span annotation that still anchors (so the file records where its words
 * are now). Orphans keep their selectors untouched.
 */
export function applyEdits(page: JsonObject, edits: readonly AnnotationEdit[], env: EditEnvironment): EditOutcome {
  const items = asArray(page.items);
  page.items = items;
  const outcome: EditOutcome = { ids: [], skipped: [] };
  const find = (id: string) => items.findIndex((a) => isJsonObject(a) && a.id === id);
  const touch = (a: JsonObject) => {
    // A clock that went backwards must not make a fresh edit look older than the one it replaces.
    a.modified = typeof a.modified === 'string' && a.modified > env.now ? a.modified : env.now;
  };
  for (const edit of edits) {
    switch (edit.kind) {
      case 'add': {
        if (!validSpan(edit.start, edit.end, env.text.length)) {
          outcome.ids.push(null);
          outcome.skipped.push('the selection is empty or outside the text');
          break;
        }
        const id = env.newId();
        items.push(
          newSpanAnnotation({ ...edit, id, now: env.now, creator: env.creator, articleName: env.articleName, text: env.text, contextLength: CONTEXT_LENGTH }),
        );
        outcome.ids.push(id);
        break;
      }
      case 'update': {
        const at = find(edit.id);
        if (at < 0) {
          outcome.ids.push(null);
          outcome.skipped.push(`annotation ${edit.id} no longer exists (deleted elsewhere)`);
          break;
        }
        const a = items[at] as JsonObject;
        if (edit.tags) setTags(a, edit.tags);
        if (edit.note !== undefined) setNote(a, edit.note);
        touch(a);
        outcome.ids.push(edit.id);
        break;
      }
      case 'delete': {
        const at = find(edit.id);
        if (at >= 0) items.splice(at, 1);
        outcome.ids.push(at >= 0 ? edit.id : null);
        break;
      }
      case 'reattach': {
        const at = find(edit.id);
        if (at < 0 || !validSpan(edit.start, edit.end, env.text.length)) {
          outcome.ids.push(null);
          outcome.skipped.push(at < 0 ? `annotation ${edit.id} no longer exists` : 'the selection is empty or outside the text');
          break;
        }
        const a = items[at] as JsonObject;
        setSpan(a, env.articleName, env.text, edit.start, edit.end, CONTEXT_LENGTH);
        touch(a);
        outcome.ids.push(edit.id);
        break;
      }
      case 'setArticle': {
        const typed = edit.metadata.datePublished;
        // "24 Nov 2025" and "November 24, 2025" are kept as the ISO date they name.
        const date = typed && !isIsoDate(typed) ? parseUserDate(typed) : typed;
        if (typed && !date) {
          outcome.ids.push(null);
          outcome.skipped.push(`"${typed}" is not a date such as 2025-11-24 or 24 Nov 2025`);
          break;
        }
        let a = items.find((x): x is JsonObject => isJsonObject(x) && isArticleMetadataAnnotation(x));
        if (!a) {
          a = newArticleAnnotation(env.newId(), env.now, env.creator, env.articleName);
          items.push(a);
        }
        setArticleMetadata(a, date === typed ? edit.metadata : { ...edit.metadata, datePublished: date });
        touch(a);
        outcome.ids.push(String(a.id));
        break;
      }
    }
  }
  refreshAnchors(items, env);
  return outcome;
}

/** A real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value[4] !== '-' || value[7] !== '-') return false;
  const [y, m, d] = [value.slice(0, 4), value.slice(5, 7), value.slice(8, 10)].map(Number) as [number, number, number];
  if (![y, m, d].every(Number.isInteger)) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function validSpan(start: number, end: number, length: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= length;
}

function refreshAnchors(items: unknown[], env: EditEnvironment): void {
  for (const item of items) {
    if (!isJsonObject(item as JsonObject) || !isSpanAnnotation(item as JsonObject)) continue;
    const annotation = item as JsonObject;
    const view = viewOf(annotation);
    const found = anchor(env.text, { exact: view.quote, prefix: view.prefix, suffix: view.suffix, position: view.position });
    if (found.status === 'orphan') continue;
    const unchanged =
      found.status === 'position' &&
      view.position?.start === found.start &&
      view.position.end === found.end &&
      view.prefix === env.text.slice(Math.max(0, found.start - CONTEXT_LENGTH), found.start) &&
      view.suffix === env.text.slice(found.end, found.end + CONTEXT_LENGTH);
    if (!unchanged) setSpan(annotation, env.articleName, env.text, found.start, found.end, CONTEXT_LENGTH);
  }
}
