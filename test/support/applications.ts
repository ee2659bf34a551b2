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
