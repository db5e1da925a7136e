// Shapes of Persona's API version 2023-01-05, written by hand from Persona's docs
// (not from this package's code), each naming where it was read. A shape is a
// function that returns the list of ways a value departs from it (empty: fits).
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const kinds = {
  string: (value) => typeof value === 'string',
  'string|null': (value) => value === null || typeof value === 'string',
  object: isObject,
  array: Array.isArray,
  'object|null': (value) => value === null || isObject(value),
};

function fields(value, spec, at) {
  if (!isObject(value)) return [`${at} is not an object`];
  return Object.entries(spec).flatMap(([key, kind]) =>
    typeof kind === 'function' ? kind(value[key], `${at}.${key}`) : kinds[kind](value[key]) ? [] : [`${at}.${key} is not ${kind}`],
  );
}
const oneOf = (allowed) => (value, at) => (allowed.includes(value) ? [] : [`${at} is ${JSON.stringify(value)}, not one of ${allowed}`]);
const listOf = (shape) => (value, at) => (Array.isArray(value) ? value.flatMap((item, i) => shape(item, `${at}[${i}]`)) : [`${at} is not a list`]);
const relationship = (value, at) => fields(value, { data: (data, where) => (data === null || isObject(data) || Array.isArray(data) ? [] : [`${where} is not a resource link`]) }, at);

/**
 * Inquiry: API reference "Retrieve an Inquiry" (docs.withpersona.com/api-reference/inquiries),
 * OpenAPI 2023-01-05: `type: "inquiry"`, `id` (inq_…), `attributes.status` (one of the
 * "Inquiry model lifecycle" statuses; "do not assume this is a static enumeration", so any
 * string), `reference-id` (string or null), `created-at`, `updated-at`, `fields`;
 * relationships `inquiry-template`, `inquiry-template-version`, `verifications`.
 */
export function inquiryShape(value, at = 'inquiry') {
  return fields(
    value,
    {
      type: oneOf(['inquiry']),
      id: (id, where) => (typeof id === 'string' && /^inq_/.test(id) ? [] : [`${where} is not an inq_ id`]),
      attributes: (attributes, where) =>
        fields(attributes, { status: 'string', 'reference-id': 'string|null', 'created-at': 'string', 'updated-at': 'string', fields: 'object' }, where),
      relationships: (relationships, where) =>
        fields(relationships, { 'inquiry-template': relationship, 'inquiry-template-version': relationship, verifications: relationship }, where),
    },
    at,
  );
}

/**
 * A check of a verification: "Verification Checks" (docs.withpersona.com/verification-checks)
 * and API reference "Retrieve a Government ID Verification": `name`, `status` passed | failed |
 * not_applicable, `reasons` (list), `requirement` required | not_required | requires_retry,
 * `metadata` (object).
 */
export function checkShape(value, at = 'check') {
  return fields(
    value,
    {
      name: 'string',
      status: oneOf(['passed', 'failed', 'not_applicable']),
      reasons: 'array',
      requirement: oneOf(['required', 'not_required', 'requires_retry']),
      metadata: 'object',
    },
    at,
  );
}

/** Verification: API reference "Retrieve a Verification": `type: verification/…`, `attributes.status`, `attributes.checks`. */
export function verificationShape(value, at = 'verification') {
  return fields(
    value,
    {
      type: (type, where) => (typeof type === 'string' && type.startsWith('verification/') ? [] : [`${where} is not verification/…`]),
      id: 'string',
      attributes: (attributes, where) =>
        fields(attributes, { status: oneOf(['initiated', 'submitted', 'passed', 'failed', 'requires_retry', 'canceled']), checks: listOf(checkShape) }, where),
    },
    at,
  );
}

/**
 * A list: API reference "List all Inquiries": `data` (inquiries, newest first), `links.prev`
 * and `links.next` (a URL or null). Whether `links.next` keeps `filter[…]` is not documented.
 */
export function inquiryListShape(value, at = 'list') {
  return fields(value, { data: listOf(inquiryShape), links: (links, where) => fields(links, { prev: 'string|null', next: 'string|null' }, where) }, at);
}

/** An error: "Errors" (docs.withpersona.com/errors): `errors`, a list of objects with a `title`. */
export function errorShape(value, at = 'error') {
  return fields(value, { errors: listOf((item, where) => fields(item, { title: 'string' }, where)) }, at);
}

/**
 * A webhook event: "Webhooks" overview, "Responding to Events" (docs.withpersona.com/webhooks):
 * `data.type: "event"`, `data.id` (evt_…), `attributes.name` (e.g. inquiry.approved),
 * `attributes.created-at`, `attributes.payload` with `data` (the resource, as the API has it)
 * and `included`.
 */
export function webhookEventShape(value, at = 'event') {
  return fields(
    value,
    {
      data: (data, where) =>
        fields(
          data,
          {
            type: oneOf(['event']),
            id: (id, w) => (typeof id === 'string' && /^evt_/.test(id) ? [] : [`${w} is not an evt_ id`]),
            attributes: (attributes, w) =>
              fields(attributes, { name: 'string', 'created-at': 'string', payload: (payload, p) => fields(payload, { data: 'object' }, p) }, w),
          },
          where,
        ),
    },
    at,
  );
}
