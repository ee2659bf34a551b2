import { taroStub } from './taro-stub';

export type Handler = (operationName: string, variables: Record<string, unknown>) => unknown;

export interface Served {
  operationName: string;
  variables: Record<string, unknown>;
  authorization?: string;
}

/** Answers GraphQL requests made through `Taro.request` by operation name; records what was asked. */
export function serveGraphQL(handler: Handler): Served[] {
  const seen: Served[] = [];
  taroStub.handler = (opts) => {
    const body = JSON.parse(String(opts.data));
    seen.push({ operationName: body.operationName, variables: body.variables ?? {}, authorization: opts.header?.authorization });
    const result = handler(body.operationName, body.variables ?? {});
    if (result instanceof Error) return result;
    return { statusCode: 200, data: JSON.stringify(result ?? { data: null }), header: { 'content-type': 'application/json' } };
  };
  return seen;
}

export const region = {
  code: '632801',
  name: '格尔木市',
  shortName: '格尔木',
  fullName: '青海省 · 海西蒙古族藏族自治州 · 格尔木市',
  fullNameEn: 'Qinghai · Haixi · Golmud',
  nameEn: 'Golmud',
  level: 'COUNTY',
};

export const campaign = {
  id: 'Q2FtcGFpZ246MQ==',
  title: '2025年区域（城市）产业名片打造计划征集（示例）',
  opensAt: '2025-05-01T00:00:00.000Z',
  closesAt: '2026-06-30T10:00:00.000Z',
  isOpen: true,
  admittedLevels: ['SUB_PROVINCIAL_CITY', 'PREFECTURE_CITY', 'COUNTY', 'INDUSTRIAL_ZONE'],
};

/** An application as `ApplicationFields` returns it. */
export function application(patch: Record<string, unknown> = {}) {
  return {
    id: 'QXBwbGljYXRpb246MQ==',
    reference: null,
    status: 'DRAFT',
    statusLabel: '草稿',
    version: 1,
    createdAt: '2025-06-01T02:00:00.000Z',
    updatedAt: '2025-06-01T02:00:00.000Z',
    submittedAt: null,
    allowedTransitions: ['SUBMITTED'],
    campaign,
    region,
    leadUnit: '格尔木市工业和信息化局',
    leadingIndustries: ['盐湖化工'],
    featuredIndustries: [],
    intro: '柴达木盆地腹地的工业城市。',
    contactName: '李明',
    contactTitle: '副局长',
    phone: '13900001111',
    attachments: [],
    timeline: [],
    card: null,
    ...patch,
  };
}

export const officialViewer = { id: 'VXNlcjox', role: 'OFFICIAL', displayName: null, maskedPhone: '139****1111', hasPhone: true };
export const staffViewer = { id: 'VXNlcjoy', role: 'STAFF', displayName: 'centre.staff', maskedPhone: null, hasPhone: false };
