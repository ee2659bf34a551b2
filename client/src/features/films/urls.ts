export const FILMS_URL = '/pages/films/list/index';

export function playerUrl(id: string): string {
  return `/pages/films/player/index?id=${encodeURIComponent(id)}`;
}

export function feedUrl(theme?: string | null): string {
  return theme ? `${FILMS_URL}?theme=${encodeURIComponent(theme)}` : FILMS_URL;
}
