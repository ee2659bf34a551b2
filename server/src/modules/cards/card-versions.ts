// A card as its history sees it: every field staff edit, in one plain object, so two moments can
// be compared field by field ("what changed") and stored as before/after values.
import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';
import type { Deps, Viewer } from '../../context.js';
import { NotFoundError } from '../../domain/errors.js';
import { assertCan } from './cards.policy.js';

export const SNAPSHOT_INCLUDE = {
  keyFigures: { orderBy: { position: 'asc' } },
  enterprises: { orderBy: { position: 'asc' } },
  landmarks: { orderBy: { position: 'asc' } },
  sources: { orderBy: { position: 'asc' } },
} as const satisfies Prisma.CardInclude;

type CardWithParts = Prisma.CardGetPayload<{ include: typeof SNAPSHOT_INCLUDE }>;

export function snapshotOf(card: CardWithParts) {
  return {
    title: card.title,
    titleEn: card.titleEn,
    tier: card.tier,
    themes: card.themes,
    batchYear: card.batchYear,
    industries: card.industries,
    industriesEn: card.industriesEn,
    concept: card.concept,
    conceptEn: card.conceptEn,
    story: card.story,
    storyEn: card.storyEn,
    color: card.color,
    logoUrl: card.logoUrl,
    coverUrl: card.coverUrl,
    clusters: card.clusters,
    clustersEn: card.clustersEn,
    sampleNote: card.sampleNote,
    sampleNoteEn: card.sampleNoteEn,
    keyFigures: card.keyFigures.map(({ label, labelEn, value, valueEn, unit, unitEn }) => ({ label, labelEn, value, valueEn, unit, unitEn })),
    enterprises: card.enterprises.map(({ name, nameEn }) => ({ name, nameEn })),
    landmarks: card.landmarks.map(({ name, nameEn, kind, description, descriptionEn }) => ({ name, nameEn, kind, description, descriptionEn })),
    sources: card.sources.map(({ title, titleEn, url }) => ({ title, titleEn, url })),
    status: card.status,
    offlineReason: card.offlineReason,
  };
}

export type CardSnapshot = ReturnType<typeof snapshotOf>;

/** The card with everything a snapshot needs, or a refusal when there is none. */
export async function readCardForEdit(db: Pick<PrismaClient, 'card'>, id: string) {
  const card = await db.card.findUnique({ where: { id }, include: SNAPSHOT_INCLUDE });
  if (!card) throw new NotFoundError('名片不存在（Card not found）');
  return card;
}

/** The fields whose values differ, each with its value before and after. */
export function changesBetween(before: CardSnapshot, after: CardSnapshot): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of Object.keys(after) as (keyof CardSnapshot)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = { before: before[key], after: after[key] };
  }
  return changes;
}

/** Splits changes into the two halves an audit entry stores. */
export function beforeAndAfter(changes: Record<string, { before: unknown; after: unknown }>) {
  const entries = Object.entries(changes);
  return { before: Object.fromEntries(entries.map(([k, v]) => [k, v.before])), after: Object.fromEntries(entries.map(([k, v]) => [k, v.after])) };
}

/** A card's saved changes, newest first (staff only). */
export async function listCardVersions(deps: Deps, viewer: Viewer, cardId: string) {
  assertCan(viewer, 'edit');
  return deps.db.prisma.cardVersion.findMany({ where: { cardId }, orderBy: { number: 'desc' } });
}
