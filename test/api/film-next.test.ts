// The next film the player offers at the end: the same card's next one, else the newest film of
// another card sharing a theme, else the newest other film.
import { describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { apiSuite } from '../support/api-suite.js';

const suite = apiSuite();

async function film(cardId: string, title: string, at: number) {
  const f = await suite.db.prisma.film.create({
    data: {
      cardId,
      status: 'PUBLISHED',
      title,
      jobState: 'READY',
      mediaPrefix: 'films/x/y',
      durationSeconds: 30,
      publishedAt: new Date(at),
      createdAt: new Date(at),
    },
  });
  return encodeGlobalID('Film', f.id);
}

const next = async (id: string) =>
  (await suite.gql.as(null).data(`query($id: ID!) { film(id: $id) { nextFilm { title } } }`, { id })).film.nextFilm?.title ?? null;

describe('nextFilm', () => {
  it('goes on within the card, then to a card sharing a theme (several themes too), then to any other film', async () => {
    const cards = await suite.db.prisma.card.findMany({ where: { status: 'PUBLISHED' }, select: { id: true, themes: true } });
    const multi = cards.find((c) => c.themes.length >= 2)!;
    const sharing = cards.find((c) => c.id !== multi.id && c.themes.some((t) => multi.themes.includes(t)))!;
    const unrelated = cards.find((c) => c.id !== multi.id && !c.themes.some((t) => multi.themes.includes(t)));
    expect(multi && sharing).toBeTruthy();

    const first = await film(multi.id, '同卡第一部', 1_000);
    const second = await film(multi.id, '同卡第二部', 2_000);
    await film(sharing.id, '同主题影片', 3_000);
    expect(await next(first)).toBe('同卡第二部');
    // The card's last film: a film of a card sharing one of its themes.
    expect(await next(second)).toBe('同主题影片');
    if (unrelated) {
      const lone = await film(unrelated.id, '无关影片', 4_000);
      expect(await next(lone)).not.toBeNull();
    }
  });
});
