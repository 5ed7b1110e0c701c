import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../test/render';
import { LoadMore } from './load-more';

afterEach(cleanup);

const pages = (over: Partial<Parameters<typeof LoadMore>[0]['pages']> = {}) => ({
  hasNextPage: true,
  isFetchingNextPage: false,
  fetchNextPage: vi.fn(() => Promise.resolve()),
  ...over,
});

describe('LoadMore', () => {
  it('reads the next page on a click', async () => {
    const query = pages();
    await renderWithApp(<LoadMore pages={query} label="More" className="actions" />);
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    expect(query.fetchNextPage).toHaveBeenCalledTimes(1);
  });

  it('says it is loading, and waits, while the page comes', async () => {
    await renderWithApp(<LoadMore pages={pages({ isFetchingNextPage: true })} label="More" />, 'el');
    const button = screen.getByRole('button') as HTMLButtonElement;
    expect(button.textContent).toBe('Φόρτωση…');
    expect(button.disabled).toBe(true);
  });

  it('is not there when no page is left', async () => {
    await renderWithApp(<LoadMore pages={pages({ hasNextPage: false })} label="More" />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
