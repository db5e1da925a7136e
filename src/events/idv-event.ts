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
