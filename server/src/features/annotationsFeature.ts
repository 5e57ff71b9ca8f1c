import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CodeLensRefreshRequest, type Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnnotationCache } from '../annotations/annotationCache';
import type { AnnotationEdit } from '../annotations/annotationEdits';
import { type ArticleMetadata, SIDECAR_SUFFIX, type SidecarProblem } from '../annotations/model';
import { articlePathOf, SidecarRefusedError, sidecarPathOf, updateSidecar } from '../annotations/sidecarStore';
import { parseTagList, resolveTaxonomy } from '../annotations/taxonomy';
import {
  AnnotationFilesChanged,
  type AnnotationEditParams,
  type AnnotationEditResult,
  type AnnotationInfo,
  type ArticleAnnotations,
  ArticleAnnotationsRequest,
  AnnotationsChanged,
  ClaimAtRequest,
  EditAnnotationsRequest,
  type TagInfo,
} from '../protocol';
import type { Services } from '../services';
import { decodeArticle } from '../workspace/articleText';
import { annotationCodeActions } from './annotationCodeActions';
import { articleDiagnostics, fileDiagnostics } from './annotationDiagnostics';
import { annotationCodeLenses, annotationHover, articleMetadataHover, articleMetadataOutline } from './annotationPresentation';
import { claimOrSentenceAt } from './claimAt';

/** Diagnostics follow typing after this pause, as anchoring every keystroke is wasted work. */
const DIAGNOSTICS_DELAY_MS = 300;

interface ArticleText {
  document: TextDocument;
  key: string;
}

/**
 * Analyst annotations: the custom requests the client's commands use, the
 * orphan and invalid-sidecar diagnostics with their quick fixes, and the
 * hover and code lens contributions. The server owns the sidecars; the
 * client only shows what these requests return.
 */
export function registerAnnotations(services: Services, annotations: AnnotationCache): void {
  const { connection, documents } = services;
  const timers = new Map<string, NodeJS.Timeout>();
  const lastDate = new Map<string, string | null>();
  const publishedFiles = new Set<string>();

  const pathOf = (uri: string): string | null => {
    if (!uri.startsWith('file:')) return null;
    try {
      return fileURLToPath(uri);
    } catch {
      return null;
    }
  };

  /** The article's current text: the open document, else the file on disk. */
  const articleText = (uri: string): ArticleText | null => {
    const open = documents.get(uri);
    if (open) return { document: open, key: `v${open.version}` };
    const file = pathOf(uri);
    if (!file) return null;
    try {
      const decoded = decodeArticle(fs.readFileSync(file));
      if (!decoded.ok) return null;
      return { document: TextDocument.create(uri, 'article', 0, decoded.text), key: `disk:${fs.statSync(file).mtimeMs}` };
    } catch {
      return null;
    }
  };

  const settingsOf = async (uri: string): Promise<{ tags: TagInfo[]; annotator: string }> => {
    let raw: unknown = null;
    try {
      raw = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'articleLens' });
    } catch {
      // a client without workspace/configuration: defaults
    }
    const section = typeof raw === 'object' && raw !== null ? (raw as { tags?: unknown; annotator?: unknown }) : {};
    const tags = parseTagList(Array.isArray(section.tags) ? (section.tags as never) : undefined);
    return { tags, annotator: typeof section.annotator === 'string' ? section.annotator.trim() : '' };
  };

  const anchoredOf = (uri: string) => {
    const file = pathOf(uri);
    const text = articleText(uri);
    if (!file || !text) return null;
    return { file, text, anchored: annotations.anchored(file, text.key, text.document.getText()) };
  };

  const publishFileProblems = (uri: string, text: string, problems: readonly SidecarProblem[]) => {
    if (problems.length === 0 && !publishedFiles.has(uri)) return;
    if (problems.length > 0) publishedFiles.add(uri);
    else publishedFiles.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: fileDiagnostics(uri, text, problems) });
  };

  const publish = (uri: string) => {
    const found = anchoredOf(uri);
    if (!found) return;
    const sidecarFile = sidecarPathOf(found.file);
    const sidecarUri = pathToFileURL(sidecarFile).toString();
    const read = annotations.sidecar(found.file);
    const problems = read.status === 'invalid' ? read.problems : [];
    publishFileProblems(sidecarUri, read.status === 'missing' ? '' : read.text, problems);
    const taxonomy = annotations.taxonomyFor(found.file);
    if (taxonomy.file) {
      let text = '';
      try {
        text = fs.readFileSync(taxonomy.file, 'utf8');
      } catch {
        // gone since it was read
      }
      publishFileProblems(pathToFileURL(taxonomy.file).toString(), text, taxonomy.problems);
    }
    if (!documents.get(uri)) return;
    const sidecar = read.status === 'invalid' ? { uri: sidecarUri, text: read.text, problems } : null;
    void connection.sendDiagnostics({ uri, diagnostics: articleDiagnostics(found.text.document, found.anchored, sidecar) });
  };

  /** After an edit or an outside change: diagnostics, the client's decorations, lenses, and the analysis if the date moved. */
  const refresh = (uri: string) => {
    publish(uri);
    void connection.sendNotification(AnnotationsChanged.type, { uri });
    void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    const file = pathOf(uri);
    if (!file) return;
    const date = annotations.documentDate(file);
    if (lastDate.has(uri) && lastDate.get(uri) !== date) {
      void connection.languages.semanticTokens.refresh();
      void connection.languages.inlayHint.refresh();
    }
    lastDate.set(uri, date);
  };

  const toOffsets = (document: TextDocument, range: Range) => ({ start: document.offsetAt(range.start), end: document.offsetAt(range.end) });

  const toEdit = (document: TextDocument, edit: AnnotationEditParams): AnnotationEdit => {
    switch (edit.kind) {
      case 'add':
        return { kind: 'add', ...toOffsets(document, edit.range), tags: stringList(edit.tags), note: String(edit.note ?? '') };
      case 'reattach':
        return { kind: 'reattach', id: String(edit.id), ...toOffsets(document, edit.range) };
      case 'update':
        return {
          kind: 'update',
          id: String(edit.id),
          ...(edit.tags ? { tags: stringList(edit.tags) } : {}),
          ...(edit.note !== undefined ? { note: String(edit.note) } : {}),
        };
      case 'delete':
        return { kind: 'delete', id: String(edit.id) };
      case 'setArticle':
        return { kind: 'setArticle', metadata: metadataChanges(edit.metadata) };
    }
  };

  connection.onRequest(ArticleAnnotationsRequest.type, async ({ uri }): Promise<ArticleAnnotations> => {
    const settings = await settingsOf(uri);
    const found = anchoredOf(uri);
    if (!found) return { uri, sidecar: 'missing', problem: null, annotations: [], article: null, taxonomy: settings.tags };
    const read = annotations.sidecar(found.file);
    lastDate.set(uri, annotations.documentDate(found.file));
    const taxonomy = resolveTaxonomy(annotations.taxonomyFor(found.file).tags, settings.tags);
    const document = found.text.document;
    const list = found.anchored.map(
      ({ view, anchor }): AnnotationInfo => ({
        id: view.id,
        tags: view.tags,
        note: view.notes[0] ?? '',
        notes: view.notes,
        range: anchor.status === 'orphan' ? null : { start: document.positionAt(anchor.start), end: document.positionAt(anchor.end) },
        anchor: anchor.status,
        quote: view.quote,
        creator: view.creator,
        created: view.created,
        modified: view.modified,
      }),
    );
    return {
      uri,
      sidecar: read.status,
      problem: read.status === 'invalid' ? `${path.basename(sidecarPathOf(found.file))}: ${read.problems[0]?.message ?? 'invalid'}` : null,
      annotations: list,
      article: annotations.articleMetadata(found.file),
      taxonomy,
    };
  });

  connection.onRequest(EditAnnotationsRequest.type, async ({ uri, edit }): Promise<AnnotationEditResult> => {
    const file = pathOf(uri);
    const text = articleText(uri);
    if (!file || !text) return { ok: false, message: 'Annotations can only be kept for article files on disk.', id: null };
    const settings = await settingsOf(uri);
    try {
      const result = await updateSidecar(file, text.document.getText(), [toEdit(text.document, edit)], { creator: settings.annotator });
      refresh(uri);
      const id = result.ids[0] ?? null;
      return { ok: id !== null || edit.kind === 'delete', message: result.skipped[0] ?? null, id };
    } catch (error) {
      refresh(uri);
      if (error instanceof SidecarRefusedError) return { ok: false, message: error.message, id: null };
      return { ok: false, message: `Could not save the annotation: ${error instanceof Error ? error.message : String(error)}`, id: null };
    }
  });

  connection.onRequest(ClaimAtRequest.type, ({ uri, position }) => {
    const found = services.analysed(uri);
    if (!found) return null;
    const text = found.document.getText();
    const span = claimOrSentenceAt(text, found.analysis, found.document.offsetAt(position));
    if (!span) return null;
    const file = pathOf(uri);
    const anchored = file ? annotations.anchored(file, `v${found.document.version}`, text) : [];
    return {
      range: { start: found.document.positionAt(span.start), end: found.document.positionAt(span.end) },
      text: text.slice(span.start, span.end),
      isClaim: span.isClaim,
      annotationIds: anchored
        .filter((a) => a.anchor.status !== 'orphan' && a.anchor.start < span.end && span.start < a.anchor.end)
        .map((a) => a.view.id),
    };
  });

  connection.onNotification(AnnotationFilesChanged.type, ({ uris }) => {
    const affected = new Set<string>();
    for (const changed of Array.isArray(uris) ? uris : []) {
      const file = pathOf(String(changed));
      if (!file) continue;
      const article = file.endsWith(SIDECAR_SUFFIX) ? articlePathOf(file) : null;
      if (article) affected.add(pathToFileURL(article).toString());
      else for (const d of documents.all()) affected.add(d.uri);
    }
    for (const uri of affected) refresh(uri);
  });

  connection.onCodeAction((params) => {
    const found = anchoredOf(params.textDocument.uri);
    if (!found || !documents.get(params.textDocument.uri)) return [];
    const editable = annotations.sidecar(found.file).status !== 'invalid';
    return annotationCodeActions(params.textDocument.uri, found.text.document, params.range, params.context.diagnostics, found.anchored, editable);
  });

  services.hoverContributors.push((uri, offset) => {
    const found = anchoredOf(uri);
    if (!found) return null;
    const parts = [annotationHover(found.anchored, offset)];
    const analysed = services.analysed(uri);
    const headline = analysed?.analysis.structure.headline ?? analysed?.analysis.structure.header;
    const firstLineEnd = found.text.document.offsetAt({ line: 1, character: 0 });
    if ((headline && headline.start <= offset && offset < headline.end) || offset < firstLineEnd) {
      parts.push(articleMetadataHover(annotations.articleMetadata(found.file)));
    }
    const shown = parts.filter((p): p is string => !!p);
    return shown.length > 0 ? shown.join('\n\n---\n\n') : null;
  });

  services.outlineContributors.push((uri) => {
    const found = anchoredOf(uri);
    return found ? articleMetadataOutline(found.text.document, annotations.articleMetadata(found.file)) : [];
  });

  services.codeLensContributors.push((uri) => {
    const found = anchoredOf(uri);
    return found ? annotationCodeLenses(uri, found.text.document, found.anchored) : [];
  });

  documents.onDidOpen((e) => publish(e.document.uri));
  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        publish(uri);
      }, DIAGNOSTICS_DELAY_MS),
    );
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    lastDate.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
}

function metadataChanges(value: unknown): Partial<ArticleMetadata> {
  const source = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const out: Partial<ArticleMetadata> = {};
  for (const key of ['datePublished', 'publisher', 'url'] as const) {
    const v = source[key];
    if (typeof v === 'string') out[key] = v.trim();
    else if (v === null) out[key] = null;
  }
  return out;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
