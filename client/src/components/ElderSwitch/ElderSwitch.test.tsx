import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import ElderSwitch from './index';
import { taroStub } from '../../../test/taro-stub';
import { ELDER_CLASS, ELDER_STORAGE_KEY, resetElderModeForTests } from '../../features/display/elder';
import { resetLangForTests } from '../../i18n/store';

beforeEach(() => {
  resetLangForTests();
  resetElderModeForTests();
  taroStub.storage.delete(ELDER_STORAGE_KEY);
  document.body.classList.remove(ELDER_CLASS);
});

describe('ElderSwitch', () => {
  it('is a named switch that turns elder mode on and off for this device', () => {
    render(<ElderSwitch />);
    const toggle = screen.getByRole('switch', { name: /长辈模式/ });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(screen.getByText('已开启')).toBeTruthy();
    expect(taroStub.storage.get(ELDER_STORAGE_KEY)).toBe('on');
    expect(document.body.classList.contains(ELDER_CLASS)).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(taroStub.storage.get(ELDER_STORAGE_KEY)).toBe('off');
  });
});
