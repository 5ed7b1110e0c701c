import { useCallback, useEffect, useState } from 'react';

// A mail link's token works once: the page must POST it once, however often React runs the
// effect (StrictMode runs effects twice in development) or the page is mounted again.

const runs = new Map<string, Promise<unknown>>();

export type OnceResult<T> = { status: 'pending' } | { status: 'done'; value: T } | { status: 'failed'; error: unknown };

/** Runs `run` once per key for the life of the page; later calls get the first call's promise. */
export function runOnce<T>(key: string, run: () => Promise<T>): Promise<T> {
  let promise = runs.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = run();
    runs.set(key, promise);
  }
  return promise;
}

/** runOnce as a hook (nothing runs while the key is undefined), with a retry for failures
 *  such as a lost connection, which run it once more. */
export function useOnce<T>(key: string | undefined, run: () => Promise<T>): OnceResult<T> & { retry: () => void } {
  const [result, setResult] = useState<{ key: string; attempt: number; result: OnceResult<T> }>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!key) return;
    let live = true;
    runOnce(key, run).then(
      (value) => live && setResult({ key, attempt, result: { status: 'done', value } }),
      (error: unknown) => live && setResult({ key, attempt, result: { status: 'failed', error } }),
    );
    return () => {
      live = false;
    };
    // `run` is a new function each render: the key and the attempt say what to run.
  }, [key, attempt]);
  const retry = useCallback(() => {
    if (key) runs.delete(key);
    setAttempt((n) => n + 1);
  }, [key]);
  const current = result && result.key === key && result.attempt === attempt ? result.result : undefined;
  return { ...(current ?? { status: 'pending' }), retry };
}
