import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render';
import { DismissDialog, dismissReasonText } from './dismiss-dialog';

describe('dismissReasonText', () => {
  it('sends the reason, then the note when there is one, within the API’s 500 characters', () => {
    expect(dismissReasonText('Not relevant', '  ')).toBe('Not relevant');
    expect(dismissReasonText('Already in contact', ' met at the fair ')).toBe('Already in contact: met at the fair');
    expect(dismissReasonText('Other', 'x'.repeat(600))).toHaveLength(500);
  });
});

describe('DismissDialog', () => {
  afterEach(cleanup);

  it('dismisses with the chosen reason in the user’s language and the note', async () => {
    const onDismiss = vi.fn();
    await renderWithApp(
      <DismissDialog
        isOpen
        name="Porto Metalworks"
        busy={false}
        error={null}
        onDismiss={onDismiss}
        onCancel={vi.fn()}
      />,
      'el',
    );
    expect(screen.getByRole('dialog', { name: 'Απόρριψη: Porto Metalworks;' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Είμαστε ήδη σε επαφή'));
    fireEvent.change(screen.getByLabelText(/^Κάτι να προσθέσετε/), { target: { value: 'Στην έκθεση' } });
    fireEvent.click(screen.getByRole('button', { name: 'Απόρριψη' }));
    expect(onDismiss).toHaveBeenCalledWith('Είμαστε ήδη σε επαφή: Στην έκθεση');
  });

  it('shows the API’s refusal and keeps the buttons off while it works', async () => {
    await renderWithApp(
      <DismissDialog
        isOpen
        name="Porto Metalworks"
        busy
        error={new Error('x')}
        onDismiss={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Cancel' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
