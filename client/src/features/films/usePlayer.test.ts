import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { taroStub } from '../../../test/taro-stub';
import { serveGraphQL } from '../../../test/serve';
import { createClient, setClient } from '../../graphql/client';
import { resetLangForTests } from '../../i18n/store';
import { readLocalPosition, writeLocalPosition } from './progress';
import { firstSource, SPEEDS, usePlayer, type PlayerFilm } from './usePlayer';

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
      liking = result.current.toggleLike();
    });
    expect(result.current.liked).toBe(true);
    expect(result.current.likeCount).toBe(4);
    await act(() => liking);
    expect(result.current.liked).toBe(false);
    expect(result.current.likeCount).toBe(3);
    expect(taroStub.toasts).toContain('点赞太频繁');
  });

  it('likes and takes the like back, each confirmed by the server; a refused unlike keeps the like', async () => {
    let refuseUnlike = false;
    const seen = serveGraphQL((op) => {
      if (op === 'RegisterDevice') return { data: { registerDevice: { __typename: 'RegisteredDevice', deviceId: 'dev-1.sig' } } };
      if (op === 'LikeFilm') return { data: { likeFilm: { __typename: 'Film', id: film.id, likeCount: 10, likedByViewer: true } } };
      if (op === 'UnlikeFilm')
        return refuseUnlike
          ? { data: { unlikeFilm: { __typename: 'ActionRefused', message: '操作太频繁', code: 'RATE_LIMITED' } } }
          : { data: { unlikeFilm: { __typename: 'Film', id: film.id, likeCount: 9, likedByViewer: false } } };
      return new Error(op);
    });
    const { result } = renderHook(() => usePlayer(film));
    await act(() => result.current.toggleLike());
    // The server's count wins over the optimistic one (others liked meanwhile).
    expect(result.current).toMatchObject({ liked: true, likeCount: 10 });

    let unliking: Promise<void> = Promise.resolve();
    act(() => {
      unliking = result.current.toggleLike();
    });
    expect(result.current).toMatchObject({ liked: false, likeCount: 9 });
    // A tap while the unlike is under way sends nothing more.
    act(() => void result.current.toggleLike());
    await act(() => unliking);
    expect(result.current).toMatchObject({ liked: false, likeCount: 9 });
    expect(seen.filter((s) => s.operationName === 'UnlikeFilm')).toHaveLength(1);

    await act(() => result.current.toggleLike());
    refuseUnlike = true;
    await act(() => result.current.toggleLike());
    expect(result.current).toMatchObject({ liked: true, likeCount: 10 });
    expect(taroStub.toasts).toContain('操作太频繁');
  });

  it('offers the speeds 0.75× to 2× and applies the chosen one to the video, again after a replay', () => {
    serveGraphQL(() => ({ data: { recordFilmProgress: true } }));
    const { result } = renderHook(() => usePlayer(film));
    const video = document.createElement('video');
    const box = document.createElement('div');
    box.appendChild(video);
    result.current.boxRef.current = box;
    expect(SPEEDS).toEqual([0.75, 1, 1.25, 1.5, 2]);
    expect(result.current.speed).toBe(1);
    act(() => result.current.pickSpeed(1.5));
    expect(result.current.speed).toBe(1.5);
    expect(video.playbackRate).toBe(1.5);
    // Not an offered speed: ignored.
    act(() => result.current.pickSpeed(8));
    expect(result.current.speed).toBe(1.5);

    // The end: the prompt shows; replay starts from 0 at the chosen speed and hides it.
    const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    act(() => result.current.start());
    act(() => result.current.events.onTimeUpdate(time(119)));
    expect(result.current.ended).toBe(false);
    act(() => result.current.events.onEnded());
    expect(result.current.ended).toBe(true);
    video.currentTime = 5;
    video.playbackRate = 1;
    act(() => result.current.replay());
    expect(result.current.ended).toBe(false);
    expect(video.currentTime).toBe(0);
    expect(video.playbackRate).toBe(1.5);
    expect(play).toHaveBeenCalled();
    play.mockRestore();
  });
});
