/* eslint-disable @typescript-eslint/no-namespace -- messages as `namespace X { method; type }`, the shape vscode-eslint's customMessages uses */
/**
 * Every custom `articleLens/...` message between the client and the server,
 * with its types. The client imports this file; nothing declares them twice.
 * Each namespace says which way its message travels.
 */
import { NotificationType, type Position, type Range, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { AnchorStatus, ArticleMetadata } from './annotations/model';

/** The state of the workspace index after a (re)build. */
export interface IndexStatus {
  /** True once the first full build (or warm start) has finished. */
  ready: boolean;
  /** Articles in the index. */
  articles: number;
  /** Files that are articles by name but could not be read (binary, invalid UTF-8, too large). */
  skipped: number;
  /** Distinct entities after corrections. */
  entities: number;
  /** Articles taken from the on-disk cache rather than analysed. */
  fromCache: number;
  /** Wall-clock milliseconds the build took. */
  millis: number;
}

/** Server → client: the workspace index finished building (sent after each full build). */
export namespace IndexingFinished {
  export const method = 'articleLens/indexingFinished' as const;
  export const type = new NotificationType<IndexStatus>(method);
}

/** Client → server: the index's current status, for a client that connected late. */
export namespace IndexStatusRequest {
  export const method = 'articleLens/indexStatus' as const;
  export const type = new RequestType0<IndexStatus, void>(method);
}

/** One analyst annotation of a span, as the client shows it. */
export interface AnnotationInfo {
  id: string;
  tags: string[];
  /** The first note (the one the editor edits), or ''. */
  note: string;
  /** Every note, in order. */
  notes: string[];
  /** Where its words are now; null for an orphan. */
  range: Range | null;
  /** How its words were found: at the recorded position, by quote and context, fuzzily, or not at all. */
  anchor: AnchorStatus;
  /** The words as recorded in the sidecar. */
  quote: string | null;
  creator: string | null;
  created: string | null;
  modified: string | null;
}

/** A tag of the taxonomy. */
export interface TagInfo {
  name: string;
  /** CSS hex colour. */
  color: string;
  description: string;
}

/** Everything about one article's annotations. */
export interface ArticleAnnotations {
  uri: string;
  /** Whether the sidecar exists, loads, or is invalid (then editing is refused). */
  sidecar: 'missing' | 'ok' | 'invalid';
  /** Why editing this article's annotations is refused, or null. */
  problem: string | null;
  annotations: AnnotationInfo[];
  /** Article-level facts an analyst recorded (publication date, publisher, URL). */
  article: ArticleMetadata | null;
  taxonomy: TagInfo[];
}

/** A change to an article's annotations, with editor positions. */
export type AnnotationEditParams =
  | { kind: 'add'; range: Range; tags: string[]; note: string }
  | { kind: 'update'; id: string; tags?: string[]; note?: string }
  | { kind: 'delete'; id: string }
  | { kind: 'reattach'; id: string; range: Range }
  | { kind: 'setArticle'; metadata: Partial<ArticleMetadata> };

export interface AnnotationEditResult {
  ok: boolean;
  /** Why the edit was refused or skipped, for the analyst. */
  message: string | null;
  /** The annotation the edit touched (the new one for `add`). */
  id: string | null;
}

/** The claim (or, failing one, the sentence) under a position. */
export interface ClaimAt {
  range: Range;
  text: string;
  /** True when it is a claim the analysis found, false for a sentence. */
  isClaim: boolean;
  /** Annotations whose words overlap it. */
  annotationIds: string[];
}

/** Client → server: an article's annotations, anchored in its current text. */
export namespace ArticleAnnotationsRequest {
  export const method = 'articleLens/annotations' as const;
  export const type = new RequestType<{ uri: string }, ArticleAnnotations, void>(method);
}

/** Client → server: change an article's annotations (the server merges and writes the sidecar). */
export namespace EditAnnotationsRequest {
  export const method = 'articleLens/editAnnotations' as const;
  export const type = new RequestType<{ uri: string; edit: AnnotationEditParams }, AnnotationEditResult, void>(method);
}

/** Client → server: the claim or sentence under a position, for tagging. */
export namespace ClaimAtRequest {
  export const method = 'articleLens/claimAt' as const;
  export const type = new RequestType<{ uri: string; position: Position }, ClaimAt | null, void>(method);
}

/** Server → client: an article's annotations changed (an edit, or its sidecar changed on disk). */
export namespace AnnotationsChanged {
  export const method = 'articleLens/annotationsChanged' as const;
  export const type = new NotificationType<{ uri: string }>(method);
}

/** Client → server: a sidecar or the taxonomy file changed on disk (the client watches them). */
export namespace AnnotationFilesChanged {
  export const method = 'articleLens/annotationFilesChanged' as const;
  export const type = new NotificationType<{ uris: string[] }>(method);
}
