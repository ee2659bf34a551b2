import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { taroStub } from '../../../test/taro-stub';
import { serveGraphQL } from '../../../test/serve';
import { createClient, setClient } from '../../graphql/client';
import { resetLangForTests } from '../../i18n/store';
import { readLocalPosition, writeLocalPosition } from './progress';
import { firstSource, usePlayer, type PlayerFilm } from './usePlayer';

const film: PlayerFilm = {
  __typename: 'Film',
  id: 'RmlsbTox',
  title: '格尔木的盐湖',
  titleEn: 'Salt lakes',
  durationSeconds: 120,
  posterUrl: null,
  viewCount: 7,
  likeCount: 3,
  card: { __typename: 'Card', id: 'Q2FyZDox', slug: 'golmud', title: '格尔木', titleEn: 'Golmud', themes: [] },
  hlsUrl: '/media/f/index.m3u8',
  mp4Url: '/media/f/720.mp4',
  likedByViewer: false,
  resumeAt: 10,
  subtitles: [],
  nextFilm: null,
} as unknown as PlayerFilm;

const time = (currentTime: number) => ({ detail: { currentTime } });

beforeEach(() => {
  resetLangForTests();
  setClient(createClient('/graphql'));
});
afterEach(() => setClient(null));

describe('firstSource', () => {
  it('tries HLS where it plays, else MP4', () => {
    expect(firstSource(film, () => true)).toBe('/media/f/index.m3u8');
    expect(firstSource(film, () => false)).toBe('/media/f/720.mp4');
    expect(firstSource({ hlsUrl: '/h.m3u8', mp4Url: null }, () => false)).toBe('/h.m3u8');
  });
});

describe('usePlayer', () => {
  it('resumes from this device’s later position, saves progress only once playing, and counts one view', async () => {
    writeLocalPosition(film.id, 42);
    const seen = serveGraphQL((op) => {
      if (op === 'RegisterDevice') return { data: { registerDevice: { __typename: 'RegisteredDevice', deviceId: 'dev-1.sig' } } };
      if (op === 'RecordFilmView') return { data: { recordFilmView: { __typename: 'Film', id: film.id, viewCount: 8 } } };
      return { data: { recordFilmProgress: true } };
    });
    const { result } = renderHook(() => usePlayer(film));
    expect(result.current.resumeAt).toBe(42);
    expect(result.current.started).toBe(false);

    // A time event before the viewer pressed play (the element's own initial seek) saves nothing.
    writeLocalPosition(film.id, 42, 1);
    act(() => result.current.events.onTimeUpdate(time(5)));
    expect(readLocalPosition(film.id)?.position).toBe(42);

    act(() => result.current.start());
    act(() => result.current.events.onPlay());
    act(() => result.current.events.onPlay());
    expect(result.current.started).toBe(true);
    act(() => result.current.events.onTimeUpdate(time(50)));
    expect(readLocalPosition(film.id)?.position).toBe(50);
    await waitFor(() => expect(result.current.viewCount).toBe(8));
    expect(seen.filter((s) => s.operationName === 'RecordFilmView')).toHaveLength(1);

    // At the end the next visit starts over.
    act(() => result.current.events.onEnded());
    expect(readLocalPosition(film.id)?.position).toBe(0);
  });

  it('falls back to MP4 when HLS fails, and takes a like back when the server refuses it', async () => {
    serveGraphQL((op) => {
      if (op === 'RegisterDevice') return { data: { registerDevice: { __typename: 'RegisteredDevice', deviceId: 'dev-1.sig' } } };
      if (op === 'LikeFilm') return { data: { likeFilm: { __typename: 'ActionRefused', message: '点赞太频繁', code: 'RATE_LIMITED' } } };
      return new Error(op);
    });
    // This "browser" plays HLS natively.
    const canPlay = vi.spyOn(HTMLMediaElement.prototype, 'canPlayType').mockReturnValue('maybe');
    const { result } = renderHook(() => usePlayer(film));
    canPlay.mockRestore();
    expect(result.current.src).toBe('/media/f/index.m3u8');
    act(() => result.current.events.onError());
    expect(result.current.src).toBe('/media/f/720.mp4');

    let liking: Promise<void> = Promise.resolve();
    act(() => {
      liking = result.current.like();
    });
    expect(result.current.liked).toBe(true);
    expect(result.current.likeCount).toBe(4);
    await act(() => liking);
    expect(result.current.liked).toBe(false);
    expect(result.current.likeCount).toBe(3);
    expect(taroStub.toasts).toContain('点赞太频繁');
  });
});
