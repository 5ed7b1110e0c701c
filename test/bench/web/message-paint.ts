import type { Browser } from 'playwright-core';

// Placeholder: the channels helper measures "a message typed in one context is painted in the
// other" (p95 budget 150 ms) here.
export async function measureMessagePaint(_browser: Browser, _baseURL: string): Promise<void> {
  console.log('[bench] message paint: not measured yet');
}
