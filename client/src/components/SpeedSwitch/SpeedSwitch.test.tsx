import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render } from '@testing-library/react';
import SpeedSwitch, { speedText } from './index';
import FilmEndPrompt from '../FilmEndPrompt';
import { resetLangForTests, setLang } from '../../i18n/store';

const buttons = (c: HTMLElement) => Array.from(c.querySelectorAll('[role="button"]'));

describe('SpeedSwitch', () => {
  it('names each speed for a screen reader, marks the chosen one, and reports a tap', () => {
    resetLangForTests();
    const onChange = vi.fn();
    const { container } = render(<SpeedSwitch speeds={[0.75, 1, 1.25, 1.5, 2]} value={1.25} onChange={onChange} />);
    expect(container.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('倍速');
    expect(buttons(container).map((b) => [b.textContent, b.getAttribute('aria-label'), b.getAttribute('aria-pressed')])).toEqual([
      ['0.75×', '0.75 倍速', 'false'],
      ['1×', '1 倍速', 'false'],
      ['1.25×', '1.25 倍速', 'true'],
      ['1.5×', '1.5 倍速', 'false'],
      ['2×', '2 倍速', 'false'],
    ]);
    fireEvent.click(buttons(container)[3]);
    expect(onChange).toHaveBeenCalledWith(1.5);
    act(() => setLang('en'));
    expect(buttons(container)[0].getAttribute('aria-label')).toBe('0.75× speed');
    expect(speedText(1.5)).toBe('1.5×');
  });
});

describe('FilmEndPrompt', () => {
  it('offers replay and the next film by its title, or more films when there is none', () => {
    resetLangForTests();
    const on = { onReplay: vi.fn(), onNext: vi.fn(), onMore: vi.fn() };
    const { container, rerender } = render(<FilmEndPrompt nextTitle="盐湖之城" {...on} />);
    expect(container.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('播放完毕');
    expect(buttons(container).map((b) => b.textContent)).toEqual(['重新播放', '下一部：盐湖之城']);
    fireEvent.click(buttons(container)[0]);
    fireEvent.click(buttons(container)[1]);
    expect(on.onReplay).toHaveBeenCalledTimes(1);
    expect(on.onNext).toHaveBeenCalledTimes(1);
    act(() => setLang('en'));
    rerender(<FilmEndPrompt nextTitle={null} {...on} />);
    expect(buttons(container).map((b) => b.textContent)).toEqual(['Replay', 'More films']);
    fireEvent.click(buttons(container)[1]);
    expect(on.onMore).toHaveBeenCalledTimes(1);
  });
});
