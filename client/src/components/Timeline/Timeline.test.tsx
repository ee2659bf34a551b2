import { render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetLangForTests, setLang } from '../../i18n/store';
import { stepsAhead } from '../../features/applications/guide';
import Timeline from './index';

const submitted = { from: 'DRAFT', to: 'SUBMITTED', toLabel: '已提交', note: null, at: '2026-06-01T02:00:00.000Z', actorName: '王芳', actorRole: 'OFFICIAL' };

describe('Timeline', () => {
  beforeEach(() => resetLangForTests());

  it('shows what happened, then the steps still ahead, greyed', () => {
    const { container } = render(<Timeline events={[submitted] as never} ahead={stepsAhead('SUBMITTED')} />);
    const items = [...container.querySelectorAll('.timeline__item')];
    expect(items.map((i) => i.getAttribute('data-status'))).toEqual(['SUBMITTED', 'IN_CONSULTATION', 'AGREEMENT_SIGNED', 'BUILDING', 'PUBLISHED']);
    expect(items[0].classList.contains('is-current')).toBe(true);
    const ahead = items.slice(1);
    expect(ahead.every((i) => i.classList.contains('timeline__item--ahead') && i.textContent?.includes('待进行'))).toBe(true);
    expect(ahead[0].textContent).toContain('协商中');
  });

  it('names who acted in the user’s language: the centre for staff, the applicant when unnamed', () => {
    const returned = { ...submitted, from: 'SUBMITTED', to: 'RETURNED', toLabel: '已退回', actorName: '工业文化发展中心', actorRole: 'STAFF' };
    const unnamed = { ...submitted, actorName: '申请人' };
    setLang('en');
    const { container } = render(<Timeline events={[unnamed, returned, submitted] as never} />);
    const actors = [...container.querySelectorAll('.timeline__actor')].map((a) => a.textContent);
    expect(actors).toEqual(['Applicant', 'Industrial Culture Development Center', '王芳']);
  });

  it('shows nothing ahead when none is given', () => {
    const { container } = render(<Timeline events={[submitted] as never} />);
    expect(container.querySelectorAll('.timeline__item--ahead')).toHaveLength(0);
  });
});
