import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../test/render';
import { DialogActions } from './dialog-actions';

afterEach(cleanup);

describe('DialogActions', () => {
  it("submits the dialog's form, and Cancel only cancels", async () => {
    const submit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    const cancel = vi.fn();
    await renderWithApp(
      <form onSubmit={submit}>
        <DialogActions label="Send" busyLabel="Sending…" onCancel={cancel} />
      </form>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(submit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(submit).toHaveBeenCalledTimes(1);
  });

  it('while busy shows the busy label and lets neither button be pressed', async () => {
    await renderWithApp(<DialogActions label="Delete" busyLabel="Deleting…" busy danger onCancel={() => {}} />);
    const action = screen.getByRole('button', { name: 'Deleting…' }) as HTMLButtonElement;
    expect(action.className).toContain('button-danger');
    expect(action.disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Cancel' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('with onConfirm acts itself instead of submitting', async () => {
    const confirm = vi.fn();
    await renderWithApp(<DialogActions label="Remove" onConfirm={confirm} onCancel={() => {}} />);
    const action = screen.getByRole('button', { name: 'Remove' });
    expect(action.getAttribute('type')).toBe('button');
    fireEvent.click(action);
    expect(confirm).toHaveBeenCalledTimes(1);
  });
});
