/**
 * Every custom `articleLens/...` message between the client and the server,
 * with its types. The client imports this file; nothing declares them twice.
 * Each namespace says which way its message travels.
 */
import { NotificationType, RequestType0 } from 'vscode-languageserver-protocol';

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
