// The staff's view of a card's films: what each transcoding job is doing.
import type { StaffFilmFragment } from '@cards/schema';
import type { MessageKey } from '../../i18n';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** 排队中 / 转码中 n% / 已就绪 / 失败：reason */
export function jobLabel(job: StaffFilmFragment['job'], t: T): string {
  switch (job.state) {
    case 'QUEUED':
      return t('staffFilms.queued');
    case 'PROCESSING':
      return t('staffFilms.processing', { p: job.progress });
    case 'READY':
      return t('staffFilms.ready');
    default:
      return t('staffFilms.failed', { e: job.error || '—' });
  }
}

/** Still queued or transcoding: the list keeps polling while any film is. */
export const isTranscoding = (f: Pick<StaffFilmFragment, 'job'>) => f.job.state === 'QUEUED' || f.job.state === 'PROCESSING';
