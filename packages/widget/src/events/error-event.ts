import type { DatasetIssue } from '@alliance-panorama/core/schema';

/** Why data from `src` was refused. */
export const LOAD_ERROR_CODES = ['network', 'http-status', 'timeout', 'too-large', 'not-json', 'invalid-dataset'] as const;
/** A load error code. */
export type LoadErrorCode = (typeof LOAD_ERROR_CODES)[number];

/** A failed load, as data: what happened, and for a schema failure, the issues found. */
export interface LoadError {
  readonly code: LoadErrorCode;
  readonly message: string;
  readonly status?: number;
  readonly issues?: readonly DatasetIssue[];
}

/**
 * Fired when the dataset at `src` cannot be used. The element keeps showing its bundled data; the event is for
 * the host page's own logging. Bubbles and is composed.
 */
export class AllianceErrorEvent extends Event {
  static readonly eventName = 'alliance-error' as const;
  readonly error: LoadError;

  constructor(error: LoadError) {
    super(AllianceErrorEvent.eventName, { bubbles: true, composed: true });
    this.error = error;
  }
}

declare global {
  interface HTMLElementEventMap {
    'alliance-error': AllianceErrorEvent;
  }
}
