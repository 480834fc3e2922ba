/** Fired by `<alliance-panorama>` when the detail view of a practice opens. Bubbles and is composed. */
export class AlliancePracticeOpenEvent extends Event {
  static readonly eventName = 'alliance-practice-open' as const;
  /** Stable id of the practice. */
  readonly practiceId: string;

  constructor(practiceId: string) {
    super(AlliancePracticeOpenEvent.eventName, { bubbles: true, composed: true });
    this.practiceId = practiceId;
  }
}

declare global {
  interface HTMLElementEventMap {
    'alliance-practice-open': AlliancePracticeOpenEvent;
  }
}
