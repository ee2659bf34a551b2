// Whether a region may still apply, asked when the official picks it (issue 14): taken by another's live
// application, or of a level the call does not admit; one's own draft never counts against itself; a
// withdrawn application frees the region; signed-out visitors are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient } from '../support/graphql.js';
import { signInOfficial } from '../support/accounts.js';
import { SAVE_DRAFT, SUBMIT, WITHDRAW, validForm } from '../support/applications.js';

const AVAILABILITY = `query($campaignId: ID!, $regionCode: String!, $applicationId: ID) {
  regionAvailability(campaignId: $campaignId, regionCode: $regionCode, applicationId: $applicationId) { available reason } }`;
const CAMPAIGN = `{ openCampaign { id admittedLevels } }`;

let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
type As = ReturnType<ReturnType<typeof graphqlClient>['as']>;
let first: As;
let second: As;
let campaignId: string;

beforeAll(async () => {
  db = await openTestDatabase();
  gql = graphqlClient(db);
  first = gql.as((await signInOfficial(gql)).token);
  second = gql.as((await signInOfficial(gql)).token);
  campaignId = (await first.data(CAMPAIGN)).openCampaign.id;
});
afterAll(async () => {
  await gql?.services.close();
  await db?.close();
});

const ask = async (as: As, regionCode: string, applicationId?: string) =>
  (await as.data(AVAILABILITY, { campaignId, regionCode, applicationId: applicationId ?? null })).regionAvailability;

describe('regionAvailability', () => {
  it('is free until another official submits for the region, and free again once that is withdrawn', async () => {
    const regionCode = '130600'; // 保定市
    expect(await ask(second, regionCode)).toEqual({ available: true, reason: null });

    const { saveApplicationDraft: draft } = await first.data(SAVE_DRAFT, { input: validForm({ regionCode }) });
    // A draft is private work: it does not block anyone.
    expect(await ask(second, regionCode)).toEqual({ available: true, reason: null });

    const { submitApplication: sent } = await first.data(SUBMIT, { id: draft.id, v: draft.version });
    expect(sent.__typename).toBe('Application');
    expect(await ask(second, regionCode)).toEqual({ available: false, reason: 'TAKEN' });
    // One's own application does not count against itself.
    expect(await ask(first, regionCode, sent.id)).toEqual({ available: true, reason: null });

    const { withdrawApplication: gone } = await first.data(WITHDRAW, { id: sent.id, v: sent.version, note: null });
    expect(gone.status).toBe('WITHDRAWN');
    expect(await ask(second, regionCode)).toEqual({ available: true, reason: null });
  });

  it('says when the call does not admit the region’s level', async () => {
    const { openCampaign } = await first.data(CAMPAIGN);
    const province = await db.prisma.region.findFirstOrThrow({ where: { level: 'PROVINCE' } });
    expect(openCampaign.admittedLevels).not.toContain('PROVINCE');
    expect(await ask(first, province.code)).toEqual({ available: false, reason: 'LEVEL_NOT_ADMITTED' });
  });

  it('answers null for an unknown region or campaign, and refuses a signed-out visitor', async () => {
    expect(await ask(first, '999999')).toBeNull();
    expect((await first.data(AVAILABILITY, { campaignId: 'Q2FtcGFpZ246bm9uZQ==', regionCode: '130600' })).regionAvailability).toBeNull();
    const res = await gql.as(null).request(AVAILABILITY, { campaignId, regionCode: '130600' });
    expect(res.errors?.[0]?.message).toBeTruthy();
    expect(res.data?.regionAvailability ?? null).toBeNull();
  });
});
