/**
 * Persona's SDK writes the session token and `fields` into the flow's URL. Loaded
 * from the iframe's `src`, that URL would sit in the DOM and in the page's
 * resource timing entries (`performance.getEntriesByType('resource')`), which
 * analytics scripts collect. So the frame first loads an empty document of its
 * own, then is sent to the URL with `location.replace`: no engine reports that
 * second navigation to the embedding page (WebKit reports a frame's first real
 * load only, Chromium and Firefox only loads started by `src`), and no
 * attribute holds the URL. The URL Persona receives is unchanged.
 *
 * Call it on the iframe `setupIframe` returned, before it is in the page.
 */
export function loadWithoutTrace(frame: HTMLIFrameElement): void {
  const url = frame.src;
  const sandbox = frame.getAttribute('sandbox');
  frame.removeAttribute('src');
  // The empty document is this page's own: Persona's sandbox flags (scripts and same-origin)
  // mean nothing for it, and Chromium warns about them. They apply again from the next load on.
  frame.removeAttribute('sandbox');
  frame.addEventListener(
    'load',
    () => {
      if (sandbox !== null) frame.setAttribute('sandbox', sandbox);
      try {
        frame.contentWindow?.location.replace(url);
      } catch {
        // A URL the browser refuses outright (Firefox: a banned port): the flow never loads,
        // and the gate's load timeout says so, as for any frame that cannot load.
      }
    },
    { once: true },
  );
  frame.srcdoc = emptyDocument();
}

/** '' as Trusted Types' own empty HTML where the page enforces them (`srcdoc` is an HTML sink). */
function emptyDocument(): string {
  const trustedTypes = (globalThis as { trustedTypes?: { emptyHTML: unknown } }).trustedTypes;
  return (trustedTypes?.emptyHTML as string | undefined) ?? '';
}
