import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../test/render';
import { BudgetBar } from './budget-bar';
import { A, B, plan, wp } from './plan-builders';

afterEach(cleanup);

describe('BudgetBar', () => {
  it('says an overrun in words and numbers, not by colour alone', async () => {
    const over = plan({
      workPackages: [wp('w1', 1, 100_000, A), wp('w2', 2, 150_000, B)],
      lumpSum: 200_000,
      allocated: 250_000,
    });
    await renderWithApp(<BudgetBar workplan={over} />);
    expect(screen.getByTestId('budget-bar-verdict').textContent).toBe(
      '€250,000 allocated: €50,000 over the €200,000 lump sum.',
    );
    const items = within(screen.getByTestId('budget-bar-legend')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'WP1 Package 1 €100,000 (50%)',
      'WP2 Package 2 €150,000 (75%)',
      'Over the lump sum: €50,000',
    ]);
  });

  it('says what is left to allocate', async () => {
    await renderWithApp(<BudgetBar workplan={plan({ workPackages: [wp('w1', 1, 50_000, A)], allocated: 50_000 })} />);
    expect(screen.getByTestId('budget-bar-verdict').textContent).toBe(
      '€50,000 allocated of the €250,000 lump sum: €200,000 left to allocate.',
    );
    expect(screen.getByText('Not yet allocated: €200,000')).toBeTruthy();
  });

  it('says so while no lump sum is chosen', async () => {
    await renderWithApp(<BudgetBar workplan={plan({ lumpSum: null })} />);
    expect(screen.getByTestId('budget-bar-verdict').textContent).toBe('No lump sum chosen yet: €0 allocated so far.');
    expect(screen.getByText('Nothing allocated yet.')).toBeTruthy();
  });
});
