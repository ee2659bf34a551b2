import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render } from '@testing-library/react';
import TagInput from './index';
import CharCounter from '../CharCounter';
import { resetLangForTests } from '../../i18n/store';
import { typeInto } from '../../../test/dom';

function Harness({ initial = [] as string[] }) {
  const [list, setList] = useState(initial);
  return <TagInput hookName="leading" label="主导产业" max={3} value={list} onChange={setList} />;
}

async function type(container: HTMLElement, value: string) {
  await typeInto(container, '.leading-input input', value);
  await act(async () => {
    fireEvent.click(container.querySelector('.leading-add') as HTMLElement);
  });
}

const tags = (container: HTMLElement) => Array.from(container.querySelectorAll('.leading-tag')).map((el) => el.getAttribute('data-value'));

describe('TagInput', () => {
  it('adds entries, refuses a duplicate and a 4th one with a message, and removes', async () => {
    resetLangForTests();
    const { container } = render(<Harness />);
    await type(container, '新能源');
    await type(container, '电子信息');
    expect(tags(container)).toEqual(['新能源', '电子信息']);

    await type(container, '新能源');
    expect(tags(container)).toEqual(['新能源', '电子信息']);
    expect(container.querySelector('.tag-refusal')?.textContent).toBe('主导产业不能重复');

    await type(container, '装备制造');
    await type(container, '生物医药');
    expect(tags(container)).toEqual(['新能源', '电子信息', '装备制造']);
    expect(container.querySelector('.tag-refusal')?.textContent).toBe('主导产业最多填写 3 项');

    await act(async () => {
      fireEvent.click(container.querySelectorAll('.leading-remove')[0] as HTMLElement);
    });
    expect(tags(container)).toEqual(['电子信息', '装备制造']);
    expect(container.querySelector('.tag-refusal')).toBeNull();
  });
});

describe('CharCounter', () => {
  it('counts a Chinese character (and an emoji) as one', () => {
    const { container, rerender } = render(<CharCounter text="格尔木市" max={300} hookName="intro-counter" />);
    expect(container.querySelector('.intro-counter')?.textContent).toBe('4/300');
    rerender(<CharCounter text="盐湖🧂ab" max={300} hookName="intro-counter" />);
    expect(container.querySelector('.intro-counter')?.textContent).toBe('5/300');
    rerender(<CharCounter text={'字'.repeat(301)} max={300} hookName="intro-counter" />);
    expect(container.querySelector('.intro-counter')?.classList.contains('is-over')).toBe(true);
  });
});
