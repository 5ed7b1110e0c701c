import type { MeiliServerHandle } from '@syndesmos/search';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __meili?: MeiliServerHandle }).__meili?.stop();
}
