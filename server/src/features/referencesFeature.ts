import type { Location, ResultProgressReporter } from 'vscode-languageserver';
import { rawAnswer } from '../rawJson';
import type { Services } from '../services';
import { positionOf } from '../textPositions';
import { runWhenQuiet } from '../workspace/idleSteps';
import { entityAt, liveMentions, mentionLocations } from './entityAt';
import { ReferencesJson } from './referencesJson';

/** Locations per `$/progress` batch when the client asks for partial results. */
const PARTIAL_BATCH = 2000;
/** How long one step of readying answers may hold up a request. */
const READY_STEP_MS = 2;

/**
 * textDocument/references: every mention of the entity in every article, all
 * spellings. A client that sends a `partialResultToken` gets them in batches
 * while the server stays free for other requests between them; any other gets
 * one answer, kept as JSON text for the common entities.
 */
export function registerReferences(services: Services): void {
  const json = new ReferencesJson(services.index);
  if (services.rawAnswers) {
    // The answers of the open articles' entities, then of the most mentioned, are written while nothing is asked, not on their first request.
    let more = true;
    let running = false;
    let indexed = false;
    const readyWhenQuiet = () => {
      more = true;
      if (running || !indexed) return;
      running = true;
      void runWhenQuiet(Number.POSITIVE_INFINITY, () => (more = json.ready(READY_STEP_MS)), {
        stopped: () => !more,
        quietFor: () => performance.now() - services.lastServed(),
      }).then(() => {
        running = false;
        if (more) readyWhenQuiet();
      });
    };
    // Most recently opened first: the article just opened is the one about to be asked about.
    const open: string[] = [];
    const opened = (uri: string) => {
      const at = open.indexOf(uri);
      if (at >= 0) open.splice(at, 1);
      open.unshift(uri);
      json.setOpen(open);
      readyWhenQuiet();
    };
    services.documents.onDidOpen((e) => opened(e.document.uri));
    services.documents.onDidClose((e) => {
      const at = open.indexOf(e.document.uri);
      if (at >= 0) open.splice(at, 1);
      json.setOpen(open);
    });
    // An edit, once indexed, changes the open article's entities' answers: they are written again while nothing is asked.
    services.indexer.onChanged(readyWhenQuiet);
    void services.indexer.ready.then(() => {
      indexed = true;
      readyWhenQuiet();
    });
  }
  services.connection.onReferences(async (params, token, _workDone, resultProgress?: ResultProgressReporter<Location[]>): Promise<Location[]> => {
    const at = entityAt(services, params.textDocument.uri, params.position);
    if (!at) return [];
    const open = at.open ? { uri: params.textDocument.uri, locations: liveMentions(at.open, params.textDocument.uri, at.id) } : null;
    // The library hands over a reporter only when the client sent a partialResultToken (and takes it out of the params).
    if (resultProgress) {
      let batch: Location[] = [];
      const flush = async () => {
        resultProgress.report(batch);
        batch = [];
        await new Promise((resolve) => setImmediate(resolve));
      };
      let openDone = false;
      for (const article of services.index.mentionSpansOf(at.id)) {
        if (token.isCancellationRequested) return [];
        if (open && !openDone && article.uri >= open.uri) {
          batch.push(...open.locations);
          openDone = true;
          if (article.uri === open.uri) continue;
        }
        const { uri, lineStarts, spans } = article;
        for (let i = 0; i < spans.length; i += 2) batch.push({ uri, range: { start: positionOf(lineStarts, spans[i]!), end: positionOf(lineStarts, spans[i + 1]!) } });
        if (batch.length >= PARTIAL_BATCH) await flush();
      }
      if (open && !openDone) batch.push(...open.locations);
      if (batch.length > 0) resultProgress.report(batch);
      return [];
    }
    if (!services.rawAnswers) return mentionLocations(services, at.id, open);
    return rawAnswer<Location[]>(json.parts(at.id, open));
  });
}
