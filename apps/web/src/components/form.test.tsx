import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '../test/render';
import { TextAreaField, TextField } from './form';

afterEach(cleanup);

describe('form fields', () => {
  it('tie the label, the hint and a catalogue error to the input', async () => {
    await renderWithApp(
      <TextField
        label="E-mail"
        hint="Your work address"
        required
        error={{ type: 'pattern', message: 'validation.email' }}
      />,
    );
    const input = screen.getByLabelText(/E-mail/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-required')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['Your work address', 'Enter an e-mail address such as name@example.eu.']);
  });

  it("show the API's own message as it came, and nothing when the value is fine", async () => {
    await renderWithApp(
      <>
        <TextAreaField label="Description" error={{ type: 'server', message: 'description: too long (a: b)' }} />
        <TextField label="City" />
      </>,
      'el',
    );
    expect(screen.getByText('description: too long (a: b)')).toBeTruthy();
    const city = screen.getByLabelText('City');
    expect(city.getAttribute('aria-invalid')).toBeNull();
    expect(city.getAttribute('aria-describedby')).toBeNull();
  });
});
