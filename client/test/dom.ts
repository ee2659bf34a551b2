import { expect } from 'vitest';
import { act, fireEvent, waitFor } from '@testing-library/react';

/** Waits for the input under `selector`, then types `value` into it as Taro's H5 input reports typing. */
export async function typeInto(container: HTMLElement, selector: string, value: string): Promise<HTMLInputElement> {
  const input = await waitFor(() => {
    const el = container.querySelector(selector) as HTMLInputElement | null;
    expect(el).not.toBeNull();
    return el!;
  });
  await act(async () => {
    input.value = value;
    fireEvent.input(input, { target: { value } });
  });
  return input;
}
