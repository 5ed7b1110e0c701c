import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '../test/render';
import { MultiPicker, SinglePicker } from './picker';

afterEach(cleanup);

const countries = [
  { code: 'AT', label: 'Austria' },
  { code: 'GR', label: 'Greece' },
  { code: 'PT', label: 'Portugal' },
];

let chosen: string[] = [];
function Multi({ initial = [] as string[] }) {
  const [value, setValue] = useState(initial);
  return (
    <MultiPicker
      label="Countries"
      options={countries}
      value={value}
      onChange={(codes) => {
        chosen = codes;
        setValue(codes);
      }}
      error={value.length === 0 ? 'Choose one' : undefined}
    />
  );
}

const type = async (input: HTMLElement, text: string) => {
  await act(async () => {
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: text } });
  });
};
const key = async (input: HTMLElement, k: string) => {
  await act(async () => {
    fireEvent.keyDown(input, { key: k });
    fireEvent.keyUp(input, { key: k });
  });
};

describe('MultiPicker', () => {
  it('is a labelled combobox whose error is tied to it', async () => {
    await renderWithApp(<Multi />);
    const input = screen.getByRole('combobox', { name: 'Countries' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ');
    const error = screen.getByText('Choose one');
    expect(described).toContain(error.id);
  });

  it('filters as one types and chooses with the keyboard', async () => {
    chosen = [];
    await renderWithApp(<Multi />);
    const input = screen.getByRole('combobox', { name: 'Countries' });
    await type(input, 'port');
    await key(input, 'ArrowDown');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Portugal']);
    await key(input, 'Enter');
    expect(chosen).toEqual(['PT']);
    // The list stays open to choose more; Escape closes it.
    expect(input.getAttribute('aria-expanded')).toBe('true');
    await key(input, 'Escape');
    expect(screen.getByRole('row', { name: 'Portugal' })).toBeTruthy();
  });

  it('lists the choices as tags with a remove button each', async () => {
    chosen = ['GR', 'PT'];
    await renderWithApp(<Multi initial={['GR', 'PT']} />);
    const remove = screen.getByRole('button', { name: 'Remove Greece' });
    await act(async () => {
      fireEvent.click(remove);
    });
    expect(chosen).toEqual(['PT']);
  });

  it('speaks Greek', async () => {
    await renderWithApp(<Multi />, 'el');
    expect(screen.getByLabelText('Επιλογές: Countries')).toBeTruthy();
  });
});

describe('SinglePicker', () => {
  it('shows the chosen label and picks another by typing', async () => {
    let value: string | null = 'GR';
    function Single() {
      const [v, setV] = useState<string | null>('GR');
      return (
        <SinglePicker
          label="Country"
          options={countries}
          value={v}
          onChange={(code) => {
            value = code;
            setV(code);
          }}
        />
      );
    }
    await renderWithApp(<Single />);
    const input = screen.getByRole('combobox', { name: 'Country' }) as HTMLInputElement;
    expect(input.value).toBe('Greece');
    await type(input, 'aus');
    await key(input, 'ArrowDown');
    await key(input, 'Enter');
    expect(value).toBe('AT');
    expect(input.value).toBe('Austria');
  });
});
