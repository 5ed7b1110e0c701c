import type { Browser } from 'playwright-core';

// Placeholder: the consortia helper measures "the consortium page with 15 members and its
// report renders" (budget 500 ms) here.
export async function measureConsortiumPage(_browser: Browser, _baseURL: string): Promise<void> {
  console.log('[bench] consortium page: not measured yet');
}
