import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The Docker image runs the exact Node.js 24 release that CI runs the suite on a second time.
describe('Node.js versions', () => {
  const read = (file: string) => readFileSync(resolve(__dirname, '..', file), 'utf8');

  it('pins the same Node.js 24 release in the Dockerfile as in CI', () => {
    const ci = /^NODE24_VERSION=(\S+)$/m.exec(read('.ci/run'))?.[1];
    const docker = read('Dockerfile');
    expect(ci).toMatch(/^24\.\d+\.\d+$/);
    expect(/^ARG NODE_VERSION=(\S+)$/m.exec(docker)?.[1]).toBe(ci);
    const bases = [...docker.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]);
    expect(bases).toEqual(['node:${NODE_VERSION}-bookworm-slim', 'node:${NODE_VERSION}-bookworm-slim']);
  });
});
