import { act, cleanup, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useOnce } from './use-once';

function Probe({ token, run }: { token?: string; run: () => Promise<string> }) {
  const result = useOnce(token && `probe:${token}`, run);
  return (
    <p>
      {result.status}
      {result.status === 'done' && `:${result.value}`}
      <button type="button" onClick={result.retry}>
        retry
      </button>
    </p>
  );
}

describe('a mail link posted once', () => {
  afterEach(cleanup);

  it('runs once under StrictMode and again after a remount', async () => {
    const run = vi.fn(async () => 'ok');
    const view = render(
      <StrictMode>
        <Probe token="t1" run={run} />
      </StrictMode>,
    );
    expect(await screen.findByText('done:ok')).toBeTruthy();
    view.unmount();
    render(
      <StrictMode>
        <Probe token="t1" run={run} />
      </StrictMode>,
    );
    expect(await screen.findByText('done:ok')).toBeTruthy();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs nothing without a token', () => {
    const run = vi.fn(async () => 'ok');
    render(<Probe run={run} />);
    expect(screen.getByText('pending')).toBeTruthy();
    expect(run).not.toHaveBeenCalled();
  });

  it('runs again when asked to retry a failure', async () => {
    const run = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('second');
    render(<Probe token="t2" run={run} />);
    expect(await screen.findByText('failed')).toBeTruthy();
    await act(async () => screen.getByText('retry').click());
    expect(await screen.findByText('done:second')).toBeTruthy();
    expect(run).toHaveBeenCalledTimes(2);
  });
});
