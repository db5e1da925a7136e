// A failed `expect(a).to.equal(b)` on DOM nodes hung the test page for the whole session
// timeout, with no message: the runner sends each failure's `actual` and `expected` to the
// server, and a node drags the whole document (and its frames' windows) along. A node is sent
// as a short description instead, so the failure reads "expected <button.secondary> to equal
// <iframe>" and the next test runs.
afterEach(function () {
  const error = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (!error) return;
  error.actual = describeNode(error.actual);
  error.expected = describeNode(error.expected);
});

function describeNode(value: unknown): unknown {
  if (!(value instanceof Node)) return value;
  if (!(value instanceof Element)) return value.nodeName;
  const classes = [...value.classList].map((name) => `.${name}`).join('');
  return `<${value.localName}${value.id ? `#${value.id}` : ''}${classes}>`;
}
