// English throughout (issue 14): every sample card has English for every field that has Chinese, as
// the public API serves it; a database loaded from older sample data gets that English once at start.
import { describe, expect, it } from 'vitest';
import { CardDetailDocument } from '@cards/schema';
import { fillSampleEnglishIfStale } from '../../server/src/db/sample-english.js';
import { sampleCards } from '../../server/src/modules/cards/seed/cards-data.js';
import { apiSuite } from '../support/api-suite.js';

/** Han characters, CJK punctuation (，。：“”) and full-width forms (（）). */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

const suite = apiSuite();

/** Every (field, Chinese, English) pair of a card as the API serves it. */
function pairs(card: any): [string, string | null | undefined, string | null | undefined][] {
  const list = (name: string, zh: string[], en: string[]) => zh.map((z, i) => [`${name}[${i}]`, z, en[i]] as [string, string, string]);
  return [
    ['title', card.title, card.titleEn],
    ['concept', card.concept, card.conceptEn],
    ['story', card.story, card.storyEn],
    ['region', card.region.fullName, card.region.fullNameEn],
    ['sampleNote', card.sampleNote, card.sampleNoteEn],
    ...list('industries', card.industries, card.industriesEn),
    ...list('clusters', card.clusters, card.clustersEn),
    ...list('enterprises', card.enterprises, card.enterprisesEn),
    ...card.keyFigures.flatMap((f: any, i: number) => [
      [`keyFigures[${i}].label`, f.label, f.labelEn],
      // A figure is translated as a whole: its English value stands for value and unit (个 has no English word).
      [`keyFigures[${i}].value+unit`, `${f.value}${f.unit ?? ''}`, f.valueEn == null ? null : `${f.valueEn} ${f.unitEn ?? ''}`],
    ]),
    ...card.landmarks.flatMap((l: any, i: number) => [
      [`landmarks[${i}].name`, l.name, l.nameEn],
      [`landmarks[${i}].description`, l.description, l.descriptionEn],
    ]),
    ...card.sources.map((s: any, i: number) => [`sources[${i}].title`, s.title, s.titleEn]),
  ];
}

describe('English of the sample cards', () => {
  it('every field of every sample card that has Chinese has English, and the English has no Chinese', async () => {
    expect(sampleCards.length).toBe(50);
    let checked = 0;
    for (const { slug } of sampleCards) {
      const { card } = await suite.gql.data(CardDetailDocument, { slug });
      expect(card, slug).not.toBeNull();
      for (const [field, zh, en] of pairs(card)) {
        if (!zh || !CJK.test(zh)) continue;
        expect(en?.trim(), `${slug} ${field}: English of "${zh}"`).toBeTruthy();
        expect(en, `${slug} ${field}`).not.toMatch(CJK);
        checked += 1;
      }
      expect(card.industriesEn).toHaveLength(card.industries.length);
      expect(card.enterprisesEn).toHaveLength(card.enterprises.length);
    }
    // Titles, concepts, stories, regions, notes and sources alone are 300; the lists and figures add more.
    expect(checked).toBeGreaterThan(900);
  });

  it('renders figures in English words and magnitudes, and companies by their established names', async () => {
    const { card: dongguan } = await suite.gql.data(CardDetailDocument, { slug: 'dongguan-manufacturing-aesthetics' });
    expect(dongguan.keyFigures.map((f: any) => [f.valueEn, f.unitEn])).toEqual([
      ['1', 'trillion-yuan scale'],
      ['1', '500-billion-yuan scale'],
      ['4', null],
      ['1.2+', 'trillion yuan'],
    ]);
    const { card: yibin } = await suite.gql.data(CardDetailDocument, { slug: 'yibin-baijiu-and-batteries' });
    expect(yibin.enterprisesEn).toContain('Yibin Wuliangye Co., Ltd.');
    // The same word, two meanings: Baoding's 光电 beside 风电 is solar power, Kunshan's is optoelectronics.
    const { card: baoding } = await suite.gql.data(CardDetailDocument, { slug: 'baoding-electric-valley' });
    const { card: kunshan } = await suite.gql.data(CardDetailDocument, { slug: 'kunshan-county-manufacturing' });
    expect(baoding.industriesEn[baoding.industries.indexOf('光电')]).toBe('Photovoltaics');
    expect(kunshan.industriesEn[kunshan.industries.indexOf('光电')]).toBe('Optoelectronics');
    const { card: qiantang } = await suite.gql.data(CardDetailDocument, { slug: 'qiantang-china-medicine-port' });
    // 500+ 亿元 is 50+ billion yuan.
    expect(qiantang.keyFigures.find((f: any) => f.unit === '亿元')).toMatchObject({ value: '500+', valueEn: '50+', unitEn: 'billion yuan' });
  });

  it('fills in, once, the English of a database loaded from older sample data, leaving what staff wrote', async () => {
    const slug = 'baoding-electric-valley';
    const before = await suite.db.prisma.card.findUniqueOrThrow({
      where: { slug },
      include: { keyFigures: true, enterprises: true, landmarks: true, sources: true },
    });
    // Older sample data: only title, concept and story had English.
    const older = { cardId: before.id };
    await suite.db.prisma.card.update({ where: { id: before.id }, data: { industriesEn: [], clustersEn: [], sampleNoteEn: null } });
    await suite.db.prisma.cardFigure.updateMany({ where: older, data: { valueEn: null, unitEn: null } });
    await suite.db.prisma.cardEnterprise.updateMany({ where: older, data: { nameEn: null } });
    await suite.db.prisma.cardLandmark.updateMany({ where: older, data: { nameEn: null, descriptionEn: null } });
    await suite.db.prisma.cardSource.updateMany({ where: older, data: { titleEn: null } });
    // Staff changed one enterprise's Chinese since: its English is theirs to write, not the sample's.
    const renamed = before.enterprises[1];
    await suite.db.prisma.cardEnterprise.update({ where: { id: renamed.id }, data: { name: '保定天威（更名）' } });
    // A card staff made (no sample note) is never touched.
    const own = await suite.db.prisma.card.create({
      data: { slug: 'staff-own-card', title: '员工名片', tier: 'FEATURED', regionCode: '130600', industries: ['风电'], clusters: [], status: 'DRAFT' },
    });
    await suite.db.prisma.counter.upsert({
      where: { name: 'sample-english-version' },
      create: { name: 'sample-english-version', value: 0 },
      update: { value: 0 },
    });

    expect(await fillSampleEnglishIfStale(suite.db.prisma)).toBe(1);
    const after = await suite.db.prisma.card.findUniqueOrThrow({
      where: { slug },
      include: { keyFigures: true, enterprises: true, landmarks: true, sources: true },
    });
    expect(after.industriesEn).toEqual(before.industriesEn);
    expect(after.industriesEn[0]).toBe('Power equipment');
    expect(after.clustersEn).toEqual(before.clustersEn);
    expect(after.sampleNoteEn).toBe(before.sampleNoteEn);
    expect(after.keyFigures.map((f) => [f.valueEn, f.unitEn])).toEqual(before.keyFigures.map((f) => [f.valueEn, f.unitEn]));
    expect(after.landmarks.map((l) => [l.nameEn, l.descriptionEn])).toEqual(before.landmarks.map((l) => [l.nameEn, l.descriptionEn]));
    expect(after.sources.map((s) => s.titleEn)).toEqual(before.sources.map((s) => s.titleEn));
    const enterprises = new Map(after.enterprises.map((e) => [e.id, e.nameEn]));
    expect(enterprises.get(before.enterprises[0].id)).toBe('Yingli Group');
    expect(enterprises.get(renamed.id)).toBeNull();
    expect((await suite.db.prisma.card.findUniqueOrThrow({ where: { id: own.id } })).industriesEn).toEqual([]);

    // Once: a later start leaves the cards alone.
    await suite.db.prisma.cardEnterprise.updateMany({ where: older, data: { nameEn: null } });
    expect(await fillSampleEnglishIfStale(suite.db.prisma)).toBe(0);
    expect((await suite.db.prisma.cardEnterprise.findFirstOrThrow({ where: { id: before.enterprises[0].id } })).nameEn).toBeNull();
  });
});
