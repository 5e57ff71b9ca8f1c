import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ClientCapabilities,
  type Connection,
  DidChangeWatchedFilesNotification,
  type FileEvent,
  FileChangeType,
  type InitializeParams,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../analysis/types';
import { SIDECAR_SUFFIX } from '../annotations/model';
import { IndexingFinished, type IndexStatus } from '../protocol';
import { DEFAULT_SETTINGS, parseSettings, type ArticleLensSettings } from '../settings';
import { buildRecord, type ArticleRecord } from './articleRecord';
import { correctAnalysis } from './correctedAnalysis';
import { readCorrectionFiles } from './correctionFiles';
import { type Corrections, NO_CORRECTIONS } from './corrections';
import { fileUriOf, isArticleFile, listArticleFiles } from './corpusFiles';
import { EntityResolver, namedRefs } from './entityResolver';
import { analysisVersion } from './analysisVersion';
import { calendarOf } from './collectionDates';
import { cacheKey, hasIndexCache, loadIndexCache, saveIndexCache } from './indexCache';
import type { IndexJobFile, IndexJobResult } from './indexJob';
import { runWhenQuiet } from './idleSteps';
import { loadResolvedState, saveResolvedState } from './resolvedState';
import { encodeInSteps } from './resolvedSnapshot';
import { WORKER_SCRIPT, WorkerPool } from './workerPool';
import type { WorkspaceIndex } from './workspaceIndex';


const BATCH = 48;
/** At most this many articles to analyse are analysed here: starting the worker threads costs more than they would. */
const IN_PROCESS = 4;
/** Articles left to analyse above which the cached ones are resolved before, not only after, analysing them. */
const EARLY_RESOLUTION = 256;
/** Articles of an index the main thread analyses itself at most: V8 has optimised the analysis after one to two hundred. */
const MAIN_THREAD_ARTICLES = 200;
const LIVE_UPDATE_DELAY_MS = 250;
/** How long one step of encoding the resolution to save may hold up a request. */
const SNAPSHOT_STEP_MS = 4;
/** How long one step of banding claims may hold up a request. */
const CLAIM_STEP_MS = 2;

interface Folder {
  uri: string;
  path: string;
  settings: ArticleLensSettings;
}

/**
 * Builds and maintains the workspace index: lists the article files, reuses
 * the on-disk cache, analyses the rest on worker threads with progress, then
 * follows file events, open documents and the corrections file.
 */
export class WorkspaceIndexer {
  readonly #connection: Connection;
  readonly #documents: TextDocuments<TextDocument>;
  readonly #index: WorkspaceIndex;
  readonly #liveAnalysis: (uri: string) => { text: string; analysis: Analysis } | null;
  readonly #recordedDate: (articlePath: string) => string | null;
  #folders: Folder[] = [];
  #storagePath: string | null = null;
  #capabilities: ClientCapabilities = {};
  #pool: WorkerPool | null = null;
  #build = 0;
  #corrections: Corrections = NO_CORRECTIONS;
  #declaredKey = '';
  readonly #liveTimers = new Map<string, NodeJS.Timeout>();
  readonly #skipped = new Map<string, string>();
  #status: IndexStatus = { ready: false, articles: 0, skipped: 0, entities: 0, fromCache: 0, millis: 0 };
  #whenReady: Promise<void>;
  #markReady: () => void = () => {};
  #corrected = new Map<string, { version: number; generation: number; raw: Analysis; analysis: Analysis }>();

  constructor(
    connection: Connection,
    documents: TextDocuments<TextDocument>,
    index: WorkspaceIndex,
    liveAnalysis: (uri: string) => { text: string; analysis: Analysis } | null,
    recordedDate: (articlePath: string) => string | null = () => null,
  ) {
    this.#connection = connection;
    this.#documents = documents;
    this.#index = index;
    this.#liveAnalysis = liveAnalysis;
    this.#recordedDate = recordedDate;
    this.#whenReady = new Promise((resolve) => (this.#markReady = resolve));
    index.setRelativePath((uri) => this.#relativePath(uri));
  }

  get status(): IndexStatus {
    return { ...this.#status, articles: this.#index.size, entities: this.#index.entityCount, skipped: this.#skipped.size };
  }

  /** The settings of the workspace folder holding `uri` (the defaults outside every folder). */
  settingsOf(uri: string): ArticleLensSettings {
    const file = this.#fileOf(uri);
    return (file && this.#folderOf(file)?.settings) || DEFAULT_SETTINGS;
  }

  /** Resolves once the first build has finished. */
  get ready(): Promise<void> {
    return this.#whenReady;
  }

  /** Remembers what `initialize` says: folders, storage path, client capabilities. */
  initialize(params: InitializeParams): void {
    this.#capabilities = params.capabilities;
    const options = params.initializationOptions as { storagePath?: unknown } | null | undefined;
    this.#storagePath = typeof options?.storagePath === 'string' && options.storagePath ? options.storagePath : null;
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
    this.#folders = folders
      .filter((f) => f.uri.startsWith('file:'))
      .map((f) => ({ uri: f.uri, path: fileURLToPath(f.uri), settings: DEFAULT_SETTINGS }));
    // Without a cache every article is analysed: the workers load the analysis while the client and
    // server finish the handshake and the files are listed, rather than after.
    if (this.#folders.length > 0 && !(this.#storagePath && hasIndexCache(this.#storagePath))) this.#startPool();
  }

  /** Records are decoded holding the index's copies of their names, so adding them interns nothing. */
  readonly #share = (s: string): string => this.#index.share(s);

  #inProcessPool(): WorkerPool {
    return new WorkerPool(0, WORKER_SCRIPT, undefined, this.#share);
  }

  #startPool(): WorkerPool {
    this.#markAnalysing();
    return (this.#pool ??= new WorkerPool(undefined, WORKER_SCRIPT, (m) => this.#connection.console.error(m), this.#share));
  }

  #markAnalysing: () => void = () => {};
  /** Resolves once worker threads are started to analyse articles: the main thread mostly waits for them meanwhile. */
  readonly analysing = new Promise<void>((resolve) => (this.#markAnalysing = resolve));

  /** Articles this thread analysed itself while worker threads indexed (see `#runBatches`): the warm-up needs fewer runs after them. */
  get analysedHere(): number {
    return this.#analysedHere;
  }

  #analysedHere = 0;

  /** After `initialized`: watch files, then build in the background. */
  start(): void {
    if (this.#capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void this.#connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.txt' }, { globPattern: '**/.article-lens/*.json' }],
        })
        .catch(() => undefined);
    }
    this.#connection.onDidChangeWatchedFiles((p) => this.#onFileEvents(p.changes));
    this.#connection.onDidChangeConfiguration(() => void this.rebuild());
    void this.rebuild();
  }

  /** The open document's analysis with corrections and workspace names applied. */
  corrected(uri: string, version: number, text: string, analysis: Analysis): Analysis {
    const generation = this.#index.generation;
    const hit = this.#corrected.get(uri);
    // The raw analysis changes without a new version when its options do (an analyst records the article's date).
    if (hit && hit.version === version && hit.generation === generation && hit.raw === analysis) return hit.analysis;
    const corrected = correctAnalysis(text, analysis, this.#index, this.#relativePath(uri));
    this.#corrected.set(uri, { version, generation, raw: analysis, analysis: corrected });
    return corrected;
  }

  /** An open document changed (or opened): its record follows shortly, overriding the disk. */
  documentChanged(uri: string): void {
    clearTimeout(this.#liveTimers.get(uri));
    this.#liveTimers.set(
      uri,
      setTimeout(() => {
        this.#liveTimers.delete(uri);
        this.#indexLive(uri);
      }, LIVE_UPDATE_DELAY_MS),
    );
  }

  /** An open document closed: the disk's version counts again. */
  documentClosed(uri: string): void {
    clearTimeout(this.#liveTimers.get(uri));
    this.#liveTimers.delete(uri);
    this.#corrected.delete(uri);
    const file = this.#fileOf(uri);
    if (file && this.#isArticle(file)) void this.#indexFiles([{ uri, path: file }]);
    else if (this.#index.delete(uri)) this.#changed();
  }

  async rebuild(): Promise<void> {
    const build = ++this.#build;
    const started = performance.now();
    const phases: string[] = [];
    let phaseStart = started;
    const phase = (name: string) => {
      const now = performance.now();
      phases.push(`${name} ${Math.round(now - phaseStart)} ms`);
      phaseStart = now;
    };
    await this.#readSettings();
    this.#loadCorrections();
    const key = cacheKey(analysisVersion(), this.#declaredKey);
    const files: IndexJobFile[] = [];
    const sidecars = new Set<string>();
    for (const folder of this.#folders) {
      for (const file of listArticleFiles(folder.path, folder.settings.corpus, sidecars)) {
        // Only an article with an annotation file can have a recorded date: the others need no read.
        const documentDate = sidecars.has(`${file}${SIDECAR_SUFFIX}`) ? this.#recordedDate(file) : null;
        files.push({ uri: fileUriOf(file), path: file, ...(documentDate ? { documentDate } : {}) });
      }
    }
    const wanted = new Set(files.map((f) => f.uri));
    for (const uri of [...this.#index.uris()]) if (!wanted.has(uri) && !this.#documents.get(uri)) this.#index.delete(uri);
    this.#skipped.clear();

    phase('listing');
    const loaded = this.#storagePath ? loadIndexCache(this.#storagePath, key, this.#share) : { records: [], problem: null };
    if (loaded.problem) this.#connection.console.warn(`The index cache was not used: ${loaded.problem}. Analysing every article again.`);
    const cached = new Map(loaded.records.map((r) => [r.uri, r]));
    phase('reading the cache');
    const todo: IndexJobFile[] = [];
    const unchanged: ArticleRecord[] = [];
    for (const f of files) {
      if (this.#documents.get(f.uri)) continue;
      const hit = cached.get(f.uri);
      if (hit) {
        const stat = fs.statSync(f.path, { throwIfNoEntry: false });
        if (!stat) continue;
        // A record made with another recorded date must be made again, whatever the text.
        const sameDate = hit.recordedDate === (f.documentDate ?? null);
        if (sameDate && stat.size === hit.size && stat.mtimeMs === hit.mtimeMs) {
          unchanged.push(hit);
          continue;
        }
        todo.push(sameDate ? { ...f, knownHash: hit.hash } : f);
      } else if (this.#index.record(f.uri)?.hash) {
        continue; // already indexed in this session and followed by file events since
      } else {
        todo.push(f);
      }
    }

    phase('checking files');
    const fromCache = unchanged.length;
    if (unchanged.length > 0) {
      // Resolving once after all are in is half the work of resolving each as it comes, and links short forms right.
      this.#index.addUnresolved(unchanged, true);
      // With many articles to analyse, the cached ones answer meanwhile; with few, one resolution at the end does for all.
      if (todo.length > EARLY_RESOLUTION) this.#applyResolver();
      phase('loading cached articles');
    }
    if (todo.length > IN_PROCESS) this.#startPool();

    const progress = await this.#connection.window.createWorkDoneProgress().catch(() => null);
    const total = todo.length;
    let done = 0;
    const message = () => `Indexing ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} articles`;
    progress?.begin('Article Lens', 0, message(), false);
    let lastReport = 0;
    await this.#runBatches(todo, cached, build, (n) => {
      done += n;
      const now = performance.now();
      if (now - lastReport > 100 || done === total) {
        lastReport = now;
        progress?.report(total ? Math.round((done / total) * 100) : 100, message());
      }
    });
    progress?.done();
    if (build !== this.#build) return;
    // Idle workers hold a copy of the analysis each: let them go; file events start them again.
    void this.#pool?.dispose();
    this.#pool = null;
    for (const doc of this.#documents.all()) this.#indexLive(doc.uri);
    phase('analysing');
    // What the resolution depends on besides the records, which the saved state lists with their hashes.
    const resolvedKey = cacheKey(key, JSON.stringify([this.#corrections, this.#folders.map((f) => f.path)]));
    let restored = false;
    if (total > 0 || unchanged.length === 0 || this.#index.linkDirty) {
      restored = total === 0 && this.#restoreResolved(resolvedKey);
      if (!restored) this.#applyResolver();
    }
    this.#dateYearless();
    phase(restored ? 'resolved entities from the cache' : 'resolving');

    this.#status = { ...this.status, ready: true, fromCache, millis: Math.round(performance.now() - started) };
    this.#connection.console.info(
      `Indexed ${this.#status.articles} articles (${fromCache} from cache, ${this.#status.skipped} skipped, ${this.#status.entities} entities) in ${this.#status.millis} ms: ${phases.join(', ')}`,
    );
    void this.#connection.sendNotification(IndexingFinished.type, this.#status);
    this.#markReady();
    this.#refreshClients();
    // A warm start left the linker's counting for now: done first thing, before requests need it.
    setImmediate(() => this.#index.countNames());
    this.#bandClaimsWhenIdle();
    // Both taken now, before any wait: an article opened meanwhile replaces its disk record with an unsaved one.
    const records = this.#storagePath && (total > 0 || cached.size !== this.#index.size) ? this.#index.records().filter((r) => r.hash) : null;
    const snapshot = this.#storagePath && !restored && build === this.#build ? this.#index.snapshotResolved(resolvedKey) : null;
    // Encoded in short steps: the first requests for an article opened now are answered between them, not after.
    const state = snapshot ? await encodeInSteps(snapshot, SNAPSHOT_STEP_MS) : null;
    // The resolution first: once the records are on disk, the resolution made with them is too.
    if (this.#storagePath && state) {
      await saveResolvedState(this.#storagePath, state).catch((e: unknown) =>
        this.#connection.console.warn(`Could not save the resolved entities: ${String(e)}`),
      );
    }
    if (this.#storagePath && records) {
      await saveIndexCache(this.#storagePath, key, records).catch((e: unknown) =>
        this.#connection.console.warn(`Could not save the index cache: ${String(e)}`),
      );
    }
  }

  async #runBatches(todo: IndexJobFile[], cached: Map<string, ArticleRecord>, build: number, onDone: (n: number) => void): Promise<void> {
    const pool = todo.length <= IN_PROCESS && !this.#pool ? this.#inProcessPool() : this.#startPool();
    let next = 0;
    const declared = [...this.#index.resolver.declaredNames];
    const maxFileSize = this.#maxFileSize();
    const take = (results: IndexJobResult[]) => {
      // Resolved all at once when every batch is in (rebuild): resolving each as it comes would be done twice.
      const fresh: ArticleRecord[] = [];
      for (const r of results) {
        if (this.#documents.get(r.uri)) continue; // the open document's text wins over the disk
        const hit = cached.get(r.uri);
        if (r.kind === 'record') fresh.push(r.record);
        else if (r.kind === 'unchanged' && hit) fresh.push({ ...hit, size: r.size, mtimeMs: r.mtimeMs });
        else this.#apply(r, hit);
        if (r.kind === 'record' || r.kind === 'unchanged') this.#skipped.delete(r.uri);
      }
      this.#index.addUnresolved(fresh, true);
      // The linker counts each batch's names now, while the workers analyse the next ones, not all of them after the last.
      this.#index.countNames();
      onDone(results.length);
    };
    const worker = async () => {
      while (next < todo.length && build === this.#build) {
        const batch = todo.slice(next, next + BATCH);
        next += batch.length;
        let results: IndexJobResult[];
        try {
          results = await pool.run({ files: batch, maxFileSize, declared });
        } catch {
          results = await this.#inProcessPool().run({ files: batch, maxFileSize, declared });
        }
        if (build !== this.#build) return;
        take(results);
      }
    };
    if (pool.threaded) {
      // The main thread analyses some of the articles itself, one an idle step, instead of only waiting for the workers:
      // its own copy of the analysis is then optimised by the time indexing ends, and the first keystrokes need it.
      const stopped = () => next >= todo.length || build !== this.#build;
      void runWhenQuiet(MAIN_THREAD_ARTICLES, () => {
        if (stopped()) return;
        take(pool.runHere({ files: [todo[next++]!], maxFileSize, declared }));
        this.#analysedHere++;
      }, { stopped });
    }
    await Promise.all(Array.from({ length: pool.parallelism * 2 }, worker));
  }

  /** Takes a worker's answer for a file into the index; false when nothing changed (the file says what its record said). */
  #apply(result: IndexJobResult, cached: ArticleRecord | undefined): boolean {
    if (this.#documents.get(result.uri)) return false; // the open document's text wins over the disk
    switch (result.kind) {
      case 'record':
        this.#skipped.delete(result.uri);
        return this.#index.set(result.record);
      case 'unchanged':
        return cached ? this.#index.set({ ...cached, size: result.size, mtimeMs: result.mtimeMs }) : false;
      case 'skipped':
        this.#skipped.set(result.uri, result.message);
        this.#index.delete(result.uri);
        this.#connection.console.info(`Skipped ${this.#fileOf(result.uri) ?? result.uri}: ${result.message}`);
        return true;
      case 'gone':
        return this.#index.delete(result.uri);
    }
  }

  async #indexFiles(files: IndexJobFile[]): Promise<void> {
    if (files.length === 0) return;
    // A few files (an edit, a save, a rename) are analysed here; a burst of them gets the workers again.
    const pool = files.length <= IN_PROCESS ? this.#inProcessPool() : this.#startPool();
    const dated = files.map((f) => {
      const documentDate = f.documentDate ?? this.#recordedDate(f.path);
      return documentDate ? { ...f, documentDate } : f;
    });
    const results = await pool
      .run({ files: dated, maxFileSize: this.#maxFileSize(), declared: [...this.#index.resolver.declaredNames] })
      .catch(() => [] as IndexJobResult[]);
    let changed = false;
    for (const r of results) if (this.#apply(r, undefined)) changed = true;
    if (!changed) return;
    this.#dateYearless();
    this.#changed();
  }

  #indexLive(uri: string): void {
    const live = this.#liveAnalysis(uri);
    if (!live) return;
    const record = buildRecord({ uri, size: -1, mtimeMs: -1, hash: '' }, live.text, live.analysis, this.#index.resolver.declaredNames);
    if (this.#index.set(record)) this.#changed();
  }

  /**
   * Lets another feature follow the watched-file events (the protocol allows
   * one handler per notification, and this one owns it). Returns an unsubscribe.
   */
  onFileEvents(listener: (changes: readonly FileEvent[]) => void): () => void {
    this.#fileListeners.push(listener);
    return () => {
      const at = this.#fileListeners.indexOf(listener);
      if (at >= 0) this.#fileListeners.splice(at, 1);
    };
  }

  readonly #fileListeners: ((changes: readonly FileEvent[]) => void)[] = [];

  /** Calls `listener` whenever the index changed after it was first built (an open document's edit indexed, a file event). */
  onChanged(listener: () => void): void {
    this.#changeListeners.push(listener);
  }

  readonly #changeListeners: (() => void)[] = [];

  #onFileEvents(changes: FileEvent[]): void {
    for (const listener of this.#fileListeners) {
      try {
        listener(changes);
      } catch (error) {
        this.#connection.console.error(`A file-event listener failed: ${String(error)}`);
      }
    }
    const files: IndexJobFile[] = [];
    let corrections = false;
    for (const change of changes) {
      const file = this.#fileOf(change.uri);
      if (!file) continue;
      if (file.endsWith('.json') && path.basename(path.dirname(file)) === '.article-lens') {
        corrections = true;
        continue;
      }
      if (this.#documents.get(change.uri)) continue; // open: the editor's text counts
      if (change.type === FileChangeType.Deleted) {
        this.#skipped.delete(change.uri);
        if (this.#index.delete(change.uri)) this.#changed();
      } else if (this.#isArticle(file)) {
        files.push({ uri: change.uri, path: file });
      }
    }
    if (corrections) void this.#reloadCorrections();
    void this.#indexFiles(files);
  }

  async #reloadCorrections(): Promise<void> {
    const before = this.#declaredKey;
    this.#loadCorrections();
    if (this.#declaredKey !== before) {
      // Declared names are found by reading the text again: a full (cache-less for these names) rebuild.
      for (const uri of [...this.#index.uris()]) this.#index.delete(uri);
      await this.rebuild();
      return;
    }
    this.#applyResolver();
    this.#refreshClients();
  }

  #loadCorrections(): void {
    const all = readCorrectionFiles(
      this.#folders.map((f) => f.path),
      (uri, diagnostics) => void this.#connection.sendDiagnostics({ uri, diagnostics }),
    );
    this.#corrections = all;
    this.#declaredKey = JSON.stringify([all.declare, all.alias]);
    this.#index.setResolver(new EntityResolver(all));
  }

  /**
   * Gives the indexed articles whose own date names no year the year the
   * collection settles, as an open document's analysis does. Only the record's
   * date changes with it (records keep no other dates), so it is set in place
   * rather than analysed again. Open documents' records come from their own analysis.
   */
  #dateYearless(): void {
    const records = this.#index.records();
    let calendar: ReturnType<typeof calendarOf> | null = null;
    for (const r of records) {
      if (!r.openDct || r.recordedDate || !r.hash) continue;
      calendar ??= calendarOf(records);
      const date = calendar.dateFor(r.openDct);
      r.dct = date;
      r.dctSource = date ? 'collection' : null;
    }
  }

  /**
   * Takes the resolution saved by an earlier start when it was made from the
   * same analysis, corrections, folders and article contents; false when there
   * is none to take (a damaged one is reported and ignored).
   */
  #restoreResolved(key: string): boolean {
    if (!this.#storagePath) return false;
    const loaded = loadResolvedState(this.#storagePath, key);
    if (loaded.problem) this.#connection.console.warn(`The saved resolved entities were not used: ${loaded.problem}. Resolving every article again.`);
    if (!loaded.state || !this.#index.importResolved(loaded.state, this.#newResolver())) return false;
    this.#corrected.clear();
    return true;
  }

  /** A resolver for the current corrections, their names resolved against what the index has seen. */
  #newResolver(): EntityResolver {
    const names = namedRefs(this.#corrections);
    const ids = this.#index.idsOfNames(names);
    return new EntityResolver(this.#corrections, (folded) => ids.get(folded) ?? null, (id) => this.#index.linkedId(id));
  }

  /** Resolves names in the corrections against what the index has seen, then re-resolves every mention. */
  #applyResolver(): void {
    this.#index.setResolver(this.#newResolver());
    this.#corrected.clear();
  }

  #changed(): void {
    for (const listener of this.#changeListeners) listener();
    // While indexing, the bands wait for its end.
    if (this.#status.ready) this.#bandClaimsWhenIdle();
    if (this.#index.linkDirty) {
      // Names came or went: short forms elsewhere may now link differently. Once typing pauses, resolve all again.
      clearTimeout(this.#relinkTimer);
      this.#relinkTimer = setTimeout(() => {
        if (!this.#index.linkDirty) return;
        this.#index.relink();
        this.#corrected.clear();
        this.#refreshClients();
      }, 1500);
    }
    if (this.#refreshPending) return;
    this.#refreshPending = true;
    setTimeout(() => {
      this.#refreshPending = false;
      this.#refreshClients(false);
    }, 500);
  }

  #refreshPending = false;
  #banding = false;

  /**
   * Claim fingerprints go into their bands in short idle steps, taking turns
   * with the other idle work and stepping aside for requests: corroboration
   * waits for them (see `claimsReady`), and code lenses are asked again once
   * they are all in.
   */
  #bandClaimsWhenIdle(): void {
    if (this.#banding || this.#index.claimsWaiting === 0) return;
    this.#banding = true;
    let left = true;
    void runWhenQuiet(
      Number.POSITIVE_INFINITY,
      () => {
        const until = performance.now() + CLAIM_STEP_MS;
        while (left && performance.now() < until) left = this.#index.indexClaims(8);
      },
      { stopped: () => !left },
    ).then(() => {
      this.#banding = false;
      if (this.#index.claimsWaiting > 0) this.#bandClaimsWhenIdle();
      else this.#refreshClients(false);
    });
  }
  #relinkTimer: NodeJS.Timeout | undefined;

  #refreshClients(tokens = true): void {
    const ws = this.#capabilities.workspace;
    if (tokens && ws?.semanticTokens?.refreshSupport) void Promise.resolve(this.#connection.languages.semanticTokens.refresh()).catch(() => undefined);
    if (ws?.codeLens?.refreshSupport) void this.#connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    if (tokens && ws?.inlayHint?.refreshSupport) void Promise.resolve(this.#connection.languages.inlayHint.refresh()).catch(() => undefined);
  }

  async #readSettings(): Promise<void> {
    if (!this.#capabilities.workspace?.configuration) return;
    await Promise.all(
      this.#folders.map(async (folder) => {
        try {
          folder.settings = parseSettings(await this.#connection.workspace.getConfiguration({ scopeUri: folder.uri, section: 'articleLens' }));
        } catch {
          folder.settings = DEFAULT_SETTINGS;
        }
      }),
    );
  }

  #maxFileSize(): number {
    return Math.max(...this.#folders.map((f) => f.settings.maxFileSize), 1);
  }

  #folderOf(file: string): Folder | undefined {
    return this.#folders.find((f) => {
      const r = path.relative(f.path, file);
      return !r.startsWith('..') && !path.isAbsolute(r);
    });
  }

  #isArticle(file: string): boolean {
    const folder = this.#folderOf(file);
    return folder ? isArticleFile(folder.path, file, folder.settings.corpus) : false;
  }

  #fileOf(uri: string): string | null {
    if (!uri.startsWith('file:')) return null;
    try {
      return fileURLToPath(uri);
    } catch {
      return null;
    }
  }

  #relativePath(uri: string): string {
    const file = this.#fileOf(uri);
    if (!file) return uri;
    const folder = this.#folderOf(file);
    return folder ? path.relative(folder.path, file).split(path.sep).join('/') : path.basename(file);
  }
}
