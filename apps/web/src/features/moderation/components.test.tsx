import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { renderWithApp } from '../../test/render';
import { DecisionDialog } from './decision-dialog';
import { QueueChart } from './queue-figures';

afterEach(cleanup);

const stats = {
  submissions: 4,
  revisions: 1,
  reports: 0,
  pending: 5,
  oldestWaitingSince: '2026-03-01T10:00:00Z',
  medianHoursToDecision: 12,
  decisionsLast90Days: 30,
};

describe('the queue chart', () => {
  it('is one image whose name says every figure, with bars to scale', async () => {
    await renderWithApp(<QueueChart stats={stats} />);
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe('Waiting now, by kind: new profiles 4, changes 1, reports 0.');
    const widths = [...chart.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    // Axis 0–5 over 184 units: 4 → 147.2, 1 → 36.8, 0 → nothing.
    expect(widths).toEqual([147.2, 36.8, 0]);
  });

  it('speaks Greek', async () => {
    await renderWithApp(<QueueChart stats={stats} />, 'el');
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Εκκρεμούν τώρα, ανά είδος: νέα προφίλ 4, αλλαγές 1, αναφορές 0.',
    );
  });
});

describe('the decision dialog', () => {
  it('asks for a reason before rejecting, on the field itself', async () => {
    const confirm = vi.fn(() => Promise.resolve());
    await renderWithApp(<DecisionDialog decision="reject" name="KEK Patras" onConfirm={confirm} onClose={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reject the profile' }));
    const reason = await screen.findByRole('textbox', { name: /^Reason/ });
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    const described = (reason.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described.map((id) => document.getElementById(id)?.textContent)).toContain(
      'Please give a reason: the organisation’s members will read it.',
    );
    expect(confirm).not.toHaveBeenCalled();

    fireEvent.change(reason, { target: { value: '  The OID is not theirs.  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reject the profile' }));
    await waitFor(() => expect(confirm).toHaveBeenCalledWith('The OID is not theirs.'));
  });

  it('explains a decision someone else took first', async () => {
    const confirm = vi.fn(() => Promise.reject(new ApiError(409, 'INVALID_STATE', 'Conflict.')));
    await renderWithApp(<DecisionDialog decision="approve" name="KEK Patras" onConfirm={confirm} onClose={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Approve and publish' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'This item changed since you opened it: a colleague may have decided it already. Close this dialog to see it as it is now.',
    );
    expect(confirm).toHaveBeenCalledWith('');
  });
});
