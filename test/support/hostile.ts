// Generators (fast-check) of what a hostile client sends: malformed raw HTTP requests, and
// GraphQL variables derived from an operation's variable definitions, wrong in every way the
// types allow (wrong types, huge strings, NULs, U+202E, negative and huge numbers, bogus IDs and
// cursors).
import fc from 'fast-check';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';

/** Text that a database or ORM error carries; never in an answer. */
export const DATABASE_ERROR_TEXT =
  /prisma|invalid input syntax|tsquery|violates|\bP[12]\d{3}\b|\bSQL\b|syntax error at or near|invalid byte sequence|out of range for type|duplicate key|relation "|column "|\bpg_|PGlite/i;

const b64 = (s: string) => Buffer.from(s).toString('base64');

/** Strings that have broken servers: NULs, bidi overrides, huge ones, markup, lone surrogates. */
export const hostileString: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    {
      weight: 4,
      arbitrary: fc.constantFrom(
        '',
        ' ',
        '\u0000',
        'a\u0000b',
        '\u202e反转文字',
        '\u202Efdp.exe',
        '\ud800',
        'x\udfffy',
        '%',
        '%zz',
        '\\',
        "'",
        '"',
        "'; DROP TABLE x; --",
        '<script>alert(1)</script>',
        '../../etc/passwd',
        '新能源 & | ! :* <->',
        '!!!',
        '(',
        ':*',
        '🏭'.repeat(300),
        '　',
        '1e309',
        '-1',
        '13912345678',
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom('a'.repeat(3000), 'word'.repeat(2000), '中'.repeat(20_000), 'x '.repeat(10_000)) },
  )
  .filter((s) => !DATABASE_ERROR_TEXT.test(s));

const offsetCursor = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => b64(`OffsetConnection:${n}`)),
  fc.constantFrom(
    b64('OffsetConnection:-1'),
    b64('OffsetConnection:99999999999999999999'),
    b64('OffsetConnection:1e400'),
    b64('OffsetConnection:NaN'),
    b64('arrayconnection:-5'),
    b64('OffsetConnection:\u0000'),
    'not-base64-%%%',
    '',
  ),
);

/** IDs that name nothing: wrong type names, negative or huge local ids, garbage, NULs. */
const bogusId = fc.oneof(
  fc
    .constantFrom('Application', 'Film', 'Card', 'Inquiry', 'User', 'Attachment', 'Notification', 'Faq', 'CannedReply', 'Campaign', 'Nope')
    .chain((type) =>
      fc
        .oneof(fc.uuid(), fc.constantFrom('-1', '0', '99999999999999999999', '\u0000', "1' OR '1'='1", 'a'.repeat(500)))
        .map((local) => b64(`${type}:${local}`)),
    ),
  fc.uuid(),
  hostileString,
  offsetCursor,
);

const hostileInt = fc.oneof(
  fc.integer(),
  fc.constantFrom(-1, 0, 2 ** 31 - 1, -(2 ** 31), 1_000_000_000),
  fc.constantFrom<unknown>(2 ** 53, 1e20, 1.5, -0.5, '5', 'NaN', true),
);
const hostileFloat = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom<unknown>(-1, 1e308, -1e308, 0, '3.5', 'Infinity'));

/** Any JSON value: what a client sends when it ignores the types. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, 1e21, '', [], {}, [null], { a: 1 }, '{}'),
  hostileString,
  fc.array(fc.integer(), { maxLength: 3 }),
);

function forType(ids: fc.Arbitrary<unknown>, type: GraphQLInputType, name: string, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof({ weight: 12, arbitrary: forType(ids, type.ofType, name, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  }
  const typed = ((): fc.Arbitrary<unknown> => {
    if (isListType(type)) {
      const item = forType(ids, type.ofType, name, depth + 1);
      return fc.oneof(
        { weight: 6, arbitrary: fc.array(item, { maxLength: 4 }) },
        { weight: 1, arbitrary: fc.array(item, { minLength: 150, maxLength: 300 }) },
        { weight: 1, arbitrary: item },
      );
    }
    if (isEnumType(type)) return fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.name)), fc.constantFrom('NOPE', 'published', '', '\u0000'));
    if (isInputObjectType(type)) {
      if (depth > 3) return fc.constant({});
      const fields = Object.values(type.getFields());
      const record = fc.record(Object.fromEntries(fields.map((f) => [f.name, forType(ids, f.type, f.name, depth + 1)])), { requiredKeys: [] });
      return fc.oneof({ weight: 5, arbitrary: record }, { weight: 1, arbitrary: record.map((r) => ({ ...r, unknownField: 'x' })) });
    }
    if (isScalarType(type)) {
      if (type.name === 'ID') return ids;
      if (type.name === 'Int') return hostileInt;
      if (type.name === 'Float') return hostileFloat;
      if (type.name === 'Boolean') return fc.oneof(fc.boolean(), fc.constantFrom<unknown>('true', 1, 0));
      if (type.name === 'String') return /after|before|cursor/i.test(name) ? offsetCursor : hostileString;
      return anyJson; // File and other custom scalars: JSON cannot carry a file
    }
    return anyJson;
  })();
  return fc.oneof({ weight: 6, arbitrary: typed }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: anyJson });
}

/** Variables for one operation: every defined variable hostile, sometimes missing, sometimes extra. */
export function hostileVariables(
  schema: GraphQLSchema,
  definitions: readonly VariableDefinitionNode[],
  knownIds: string[] = [],
): fc.Arbitrary<Record<string, unknown>> {
  // Mostly ids that name nothing; sometimes a real one, so the checks behind the lookup run too.
  const ids = knownIds.length ? fc.oneof({ weight: 5, arbitrary: bogusId }, { weight: 1, arbitrary: fc.constantFrom(...knownIds) }) : bogusId;
  const entries = definitions.map((d) => {
    const type = typeFromAST(schema, d.type as never) as GraphQLInputType | undefined;
    if (!type) throw new Error(`unknown type of $${d.variable.name.value}`);
    return [d.variable.name.value, forType(ids, type, d.variable.name.value, 0)] as const;
  });
  const record = fc.record(Object.fromEntries(entries), { requiredKeys: [] });
  return fc.oneof({ weight: 8, arbitrary: record }, { weight: 1, arbitrary: record.map((r) => ({ ...r, notDefined: '\u0000' })) });
}

// ---- raw HTTP ----

const METHODS = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'OPTIONS',
  'TRACE',
  'CONNECT',
  'PROPFIND',
  'PROPPATCH',
  'MKCOL',
  'COPY',
  'MOVE',
  'LOCK',
  'UNLOCK',
  'SEARCH',
  'PURGE',
  'LINK',
  'UNLINK',
  'QUERY',
  'REPORT',
  'MERGE',
  'M-SEARCH',
  'NOTIFY',
  'SUBSCRIBE',
  'SOURCE',
  'BREW',
  'get',
  'G\u0000T',
  'ÄÖÜ',
  'POST POST',
  '',
];
const PATHS = [
  '/',
  '/graphql',
  '/graphql?query=%7B__typename%7D',
  '/graphql/',
  '/files/',
  '/files/attachments/x/y.pdf',
  '/files/exports/a.xlsx?exp=9999999999&sig=abc',
  '/media/',
  '/media/films/x/master.m3u8',
  '/media/../../etc/passwd',
  '/uploads/films',
  '/uploads/films/0b4f0c5e-6a55-4b9f-9c4e-3b0c1f7b3a1e',
  '/healthz',
  '/pages/cards/list/index',
  '/index.html',
  '/js/',
  '//',
  '*',
  'http://evil.example/graphql',
  '/graphql?extensions=%7B%7D',
];
const PATH_SUFFIXES = [
  '',
  '%zz',
  '%',
  '%E0%A4%A',
  '%C0%AF',
  '%uD800',
  '%00',
  'a%00b',
  '%ff%fe',
  '\u00ff',
  '/../..',
  '%2e%2e%2f%2e%2e%2f',
  '?exp=-1&sig=%zz&name=%00',
  '?query=%7B',
  '?query={',
  '#frag',
  ';jsessionid=1',
  '\\..\\..',
  '?a=%E2%80%AE',
  '%F0%9F%8F%AD',
];
const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-16',
  'multipart/form-data',
  'multipart/form-data; boundary=',
  'multipart/form-data; boundary=x',
  'MULTIPART/FORM-DATA; boundary=x',
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/graphql',
  'application/graphql-response+json',
  'application/offset+octet-stream',
  '*/*',
  'text/event-stream',
  'a'.repeat(3000),
];
const BODIES = [
  '',
  '{',
  '{"query":',
  '{"query":"{ __typename }"}',
  '{"query": 5}',
  '[]',
  'null',
  '{"query":"{ __typename }","variables":"x"}',
  '{"query":"query($a: Int) { __typename }","variables":{"a":"\\u0000"}}',
  '{"query":"{ cards(first: -1) { totalCount } }"}',
  '{"query":"{ cards(first: 5, after: \\"%%%\\") { totalCount } }"}',
  '['.repeat(5000),
  '{"a":'.repeat(3000),
  '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--\r\n',
  '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"mutation($f: File!) { __typename }","variables":{"f":null}}\r\n--x\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.f"]}\r\n--x\r\nContent-Disposition: form-data; name="0"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF\r\n--x--\r\n',
  '--x\r\n\r\n',
  '\u0000\u0001\u0002',
  'query=%7B__typename%7D',
  '{"query":"subscription { __typename }"}',
];

export interface RawCase {
  bytes: Buffer;
  /** A short description for failure messages. */
  summary: string;
}

const headerLine = (name: string, value: string) => `${name}: ${value}\r\n`;

export const malformedRequest: fc.Arbitrary<RawCase> = fc
  .record({
    method: fc.constantFrom(...METHODS),
    path: fc.constantFrom(...PATHS),
    suffix: fc.constantFrom(...PATH_SUFFIXES),
    long: fc.oneof({ weight: 12, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(2000, 9000, 70_000) }),
    version: fc.oneof(
      { weight: 10, arbitrary: fc.constant('HTTP/1.1') },
      { weight: 1, arbitrary: fc.constantFrom('HTTP/1.0', 'HTTP/2.0', 'HTTP/9.9', '', 'HTTP/1.1 x', 'http/1.1') },
    ),
    host: fc.oneof(
      { weight: 8, arbitrary: fc.constant('localhost') },
      { weight: 1, arbitrary: fc.constantFrom('', 'a'.repeat(300), 'evil.example:99999', '\u0000') },
    ),
    contentType: fc.option(fc.constantFrom(...CONTENT_TYPES), { nil: undefined }),
    body: fc.oneof(
      { weight: 16, arbitrary: fc.constantFrom(...BODIES) },
      { weight: 5, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1')) },
      { weight: 1, arbitrary: fc.constant('x'.repeat(300 * 1024)) },
    ),
    length: fc.constantFrom(
      'exact',
      'exact',
      'exact',
      'none',
      'short',
      'long',
      'negative',
      'text',
      'huge',
      'double',
      'chunked',
      'chunked-garbage',
      'chunked-and-length',
    ),
    truncate: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    extra: fc.subarray([
      headerLine('Authorization', 'Bearer aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'),
      headerLine('Authorization', 'Bearer \u0000'),
      headerLine('Authorization', 'Basic Zm9vOmJhcg=='),
      headerLine('Tus-Resumable', '1.0.0'),
      headerLine('Upload-Length', '99999999999999999999'),
      headerLine('Upload-Offset', '-1'),
      headerLine('Upload-Metadata', 'cardId %%%,title \u0000'),
      headerLine('Accept', 'text/event-stream'),
      headerLine('Accept', 'application/graphql-response+json'),
      headerLine('Expect', '100-continue'),
      headerLine('X-Device-Id', '\u202e'.repeat(10)),
      headerLine('X-Forwarded-For', '1.2.3.4, garbage, ::1'),
      headerLine('Range', 'bytes=999999999-1'),
      headerLine('Range', 'bytes=-0,-1,-2'),
      headerLine('Origin', 'https://evil.example'),
      headerLine('Upgrade', 'websocket') +
        headerLine('Connection', 'Upgrade') +
        headerLine('Sec-WebSocket-Key', 'not-base64') +
        headerLine('Sec-WebSocket-Version', '13'),
      headerLine('Graphql-Require-Preflight', '1'),
      headerLine('Content-Encoding', 'gzip'),
      headerLine('X-Big', 'y'.repeat(20_000)),
    ]),
  })
  .map((r) => {
    const target = r.path + r.suffix + (r.long ? '/%41'.repeat(Math.floor(r.long / 4)) : '');
    const body = Buffer.from(r.body, 'latin1');
    let head = `${r.method} ${target} ${r.version}`.trimEnd() + '\r\n';
    if (r.host) head += headerLine('Host', r.host);
    if (r.contentType !== undefined) head += headerLine('Content-Type', r.contentType);
    head += r.extra.join('');
    let payload: Buffer = body;
    switch (r.length) {
      case 'exact':
        head += headerLine('Content-Length', String(body.length));
        break;
      case 'short':
        head += headerLine('Content-Length', String(Math.max(0, body.length - 3)));
        break;
      case 'long':
        head += headerLine('Content-Length', String(body.length + 50));
        break;
      case 'negative':
        head += headerLine('Content-Length', '-1');
        break;
      case 'text':
        head += headerLine('Content-Length', 'abc');
        break;
      case 'huge':
        head += headerLine('Content-Length', '99999999999999999999');
        break;
      case 'double':
        head += headerLine('Content-Length', String(body.length)) + headerLine('Content-Length', String(body.length + 1));
        break;
      case 'chunked':
        head += headerLine('Transfer-Encoding', 'chunked');
        payload = Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]);
        break;
      case 'chunked-garbage':
        head += headerLine('Transfer-Encoding', 'chunked');
        payload = Buffer.concat([Buffer.from('zz\r\n'), body, Buffer.from('\r\nffffffffffffffffff\r\n')]);
        break;
      case 'chunked-and-length':
        head += headerLine('Transfer-Encoding', 'chunked') + headerLine('Content-Length', '5');
        payload = Buffer.concat([Buffer.from('5\r\nhello\r\n0\r\n\r\n'), body]);
        break;
    }
    const full = Buffer.concat([Buffer.from(head + '\r\n', 'latin1'), payload]);
    const bytes = r.truncate ? full.subarray(0, Math.max(1, Math.floor(full.length * 0.6))) : full;
    return {
      bytes,
      summary: `${r.method} ${JSON.stringify(target.slice(0, 80))} ${r.version} ct=${JSON.stringify(r.contentType?.slice(0, 40))} len=${r.length}${r.truncate ? ' truncated' : ''} body=${JSON.stringify(r.body.slice(0, 40))}`,
    };
  });
