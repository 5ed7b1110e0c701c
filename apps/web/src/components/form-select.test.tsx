import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '../test/render';
import { SelectField } from './form';

afterEach(cleanup);

describe('SelectField', () => {
  it('ties its label, hint and error to the select, and offers an empty first choice', async () => {
    await renderWithApp(
      <SelectField
        label="Organisation"
        hint="The one that posts the call"
        required
        placeholder="Choose…"
        options={[{ value: 'a', label: 'Alpha VET' }]}
        error="Choose an organisation."
      />,
    );
    const select = screen.getByLabelText(/Organisation/) as HTMLSelectElement;
    expect(select.tagName).toBe('SELECT');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(select.getAttribute('aria-required')).toBe('true');
    const described = (select.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['The one that posts the call', 'Choose an organisation.']);
    expect([...select.options].map((o) => [o.value, o.text])).toEqual([
      ['', 'Choose…'],
      ['a', 'Alpha VET'],
    ]);
  });
});
