/**
 * Base of every gate event: bubbles out of shadow roots, carries a read-only,
 * identity-free `detail`.
 */
export abstract class IdvEvent<Detail> extends Event {
  readonly detail: Detail;

  constructor(type: string, detail: Detail) {
    super(type, { bubbles: true, composed: true });
    this.detail = Object.freeze(detail);
  }
}

/** The class for one `idv-*` event type: `new IdvStartEvent({ attempt: 1 })`, `IdvStartEvent.eventName`. */
export function defineEvent<Detail>(type: string) {
  return class extends IdvEvent<Detail> {
    static readonly eventName = type;

    constructor(detail: Detail) {
      super(type, detail);
    }
  };
}
