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
    await renderWithApp(<Multi initial={['GR']} />, 'el');
    expect(screen.getByLabelText('Επιλογές: Countries')).toBeTruthy();
  });

  it('says none are chosen in plain text, not as an empty group one tabs into', async () => {
    await renderWithApp(<Multi />);
    expect(screen.queryByRole('grid')).toBeNull();
    const none = screen.getByText('None chosen yet.');
    expect(none.closest('[tabindex]')).toBeNull();
  });

  it('chooses the first match on Enter when none is highlighted, and searches afresh', async () => {
    chosen = [];
    await renderWithApp(<Multi initial={['GR']} />);
    const input = screen.getByRole('combobox', { name: 'Countries' }) as HTMLInputElement;
    await type(input, 'a');
    await key(input, 'Enter');
    // Austria and Portugal match "a"; Greece is chosen already and is passed over.
    expect(chosen).toEqual(['GR', 'AT']);
    expect(input.value).toBe('');
  });
});

let picked: string | null = null;
function Single({ initial = null as string | null }) {
  const [value, setValue] = useState(initial);
  return (
    <SinglePicker
      label="Country"
      options={countries}
      value={value}
      onChange={(code) => {
        picked = code;
        setValue(code);
      }}
    />
  );
}

describe('SinglePicker', () => {
  it('shows the chosen label and picks another by typing', async () => {
    picked = 'GR';
    await renderWithApp(<Single initial="GR" />);
    const input = screen.getByRole('combobox', { name: 'Country' }) as HTMLInputElement;
    expect(input.value).toBe('Greece');
    await type(input, 'aus');
    await key(input, 'ArrowDown');
    await key(input, 'Enter');
    expect(picked).toBe('AT');
    expect(input.value).toBe('Austria');
  });

  it('chooses the first match when one types and presses Enter without moving down', async () => {
    picked = null;
    await renderWithApp(<Single />);
    const input = screen.getByRole('combobox', { name: 'Country' }) as HTMLInputElement;
    await type(input, 'Gree');
    await key(input, 'Enter');
    expect(picked).toBe('GR');
    expect(input.value).toBe('Greece');
    // Enter on the shown choice, nothing typed, changes nothing.
    await key(input, 'Enter');
    expect(picked).toBe('GR');
  });
});
