import { describe, expect, it, vi } from 'vitest';
import { enableKeyboardAccess } from './keyboardAccess';

describe('keyboard access on H5', () => {
  it('gives pressable views and scrolling regions a tab stop, and presses them with Enter and Space', async () => {
    document.body.innerHTML = '<div class="taro_page"><div role="button" id="a">A</div><div role="button" aria-disabled="true" id="off">B</div></div>';
    enableKeyboardAccess(document);
    const a = document.getElementById('a')!;
    expect(a.getAttribute('tabindex')).toBe('0');
    expect(document.querySelector('.taro_page')!.getAttribute('tabindex')).toBe('0');
    expect(document.getElementById('off')!.hasAttribute('tabindex')).toBe(false);

    const clicked = vi.fn();
    a.addEventListener('click', clicked);
    a.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    a.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    a.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(clicked).toHaveBeenCalledTimes(2);

    // A control rendered later (another page, a list's next rows) gets one too.
    const later = document.createElement('div');
    later.innerHTML = '<span role="link">later</span>';
    document.body.append(later);
    await vi.waitFor(() => expect(later.firstElementChild!.getAttribute('tabindex')).toBe('0'));
  });
});
