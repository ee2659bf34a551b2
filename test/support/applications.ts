// GraphQL documents and a valid form for the application tests.
export const APP_FIELDS = `id reference status version leadUnit leadingIndustries featuredIndustries intro contactName contactTitle phone
  region { code name } allowedTransitions timeline { from to note actorName actorRole at } card { id slug status: published }`;

const RESULT = `__typename
  ... on Application { ${APP_FIELDS} }
  ... on ValidationError { message fieldErrors { field message } }
  ... on ConflictError { message currentVersion }
  ... on Error { message code }`;

export const SAVE_DRAFT = `mutation($id: ID, $input: ApplicationInput!, $expectedVersion: Int) {
  saveApplicationDraft(id: $id, input: $input, expectedVersion: $expectedVersion) { ${RESULT} } }`;
export const SUBMIT = `mutation($id: ID!, $v: Int!) { submitApplication(id: $id, expectedVersion: $v) { ${RESULT} } }`;
export const WITHDRAW = `mutation($id: ID!, $v: Int!, $note: String) { withdrawApplication(id: $id, expectedVersion: $v, note: $note) { ${RESULT} } }`;
export const TRANSITION = `mutation($id: ID!, $to: ApplicationStatus!, $note: String, $v: Int!) {
  transitionApplication(id: $id, to: $to, note: $note, expectedVersion: $v) { ${RESULT} } }`;

/** A complete, valid form for a prefecture-level city. */
export function validForm(overrides: Record<string, unknown> = {}) {
  return {
    regionCode: '130600', // 保定市
    leadUnit: '保定市工业和信息化局',
    leadingIndustries: ['电力装备', '新能源'],
    featuredIndustries: ['氢能'],
    intro: '保定是中国电谷所在地，电力及新能源高端装备产业集聚。',
    contactName: '李明',
    contactTitle: '产业科科长',
    phone: '13912345678',
    ...overrides,
  };
}

/** A small, real PDF for attachment tests. */
export const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** A GraphQL multipart request (the spec's operations / map / one file part) whose variable `file` is the file. */
export function uploadForm(query: string, variables: Record<string, unknown>, file: Blob, name: string): FormData {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query, variables: { ...variables, file: null } }));
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set('0', file, name);
  return form;
}

/** Posts a multipart upload as a signed-in browser does (with the CSRF preflight header), to the in-process handler
 * (`gql.yoga`, 'http://localhost/graphql') or over HTTP (`globalThis`, a server's URL); answers the parsed body. */
export async function postUpload(via: { fetch(url: string, init: RequestInit): Response | Promise<Response> }, url: string, form: FormData, token: string) {
  const res = await via.fetch(url, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}`, 'graphql-require-preflight': '1' } });
  return (await res.json()) as any;
}

/** Saves `form` as a new draft and submits it, as the official `client` signs in as; answers the submit result. */
export async function submitNewApplication(client: { data(document: string, variables?: Record<string, unknown>): Promise<any> }, form = validForm()) {
  const { saveApplicationDraft: draft } = await client.data(SAVE_DRAFT, { input: form });
  return (await client.data(SUBMIT, { id: draft.id, v: draft.version })).submitApplication;
}
