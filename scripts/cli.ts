import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@syndesmos/auth';
import { DomainException, type FieldProblem } from '@syndesmos/common';
import { ConfigError, loadConfig } from '@syndesmos/config';
import { listSetAsideOutbox, outboxBacklog, outboxRowStates, retrySetAsideOutbox } from '@syndesmos/outbox';
import { createOperatorContext } from './operator-context';

const USAGE = `Syndesmos operator CLI — npm run cli -- <command> [options]

  create-na-staff --email E --name N --countries GR,CY [--password P] [--language en|el]
  create-admin    --email E --name N [--password P] [--language en|el]
  set-countries   --email E --countries GR,CY      (NA staff: which countries they moderate)
  set-role        --email E --role user|na_staff|admin [--countries GR]
  show            --email E
  reindex                                          (rebuild both search indexes, organisations and
                                                   partner calls, from PostgreSQL, then swap)
  refresh-suggestions [--full]                     (match suggestions: what changed since the last
                                                   run, as the weekly job does; --full: every subject)
  outbox-list     [--id N]                         (outbox rows set aside: topic, error, attempts)
  outbox-retry    [--id N]                         (put set-aside rows back to the relay, after fixing
                                                   them or upgrading the worker, and report each)

Without --password a strong one is generated and printed once.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      countries: { type: 'string' },
      password: { type: 'string' },
      language: { type: 'string', default: 'en' },
      role: { type: 'string' },
      id: { type: 'string' },
      full: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const need = (key: keyof typeof values): string => {
    const v = values[key];
    if (typeof v !== 'string' || v.trim() === '') throw new UsageError(`--${key} is required for ${command}`);
    return v;
  };
  const countries = (): string[] => need('countries').split(',');
  const language = values.language === 'el' ? 'el' : values.language === 'en' ? 'en' : null;
  if (!language) throw new UsageError('--language must be en or el');

  const outboxId = (): string | undefined => {
    if (values.id === undefined) return undefined;
    if (!/^[1-9]\d{0,18}$/.test(values.id)) throw new UsageError('--id must be an outbox row id (a positive integer)');
    return values.id;
  };
  const id = outboxId();

  const ctx = await createOperatorContext(loadConfig());
  try {
    switch (command) {
      case 'create-na-staff':
      case 'create-admin': {
        const generated = values.password === undefined;
        const password = values.password ?? randomBytes(18).toString('base64url');
        const user = await ctx.auth.createAccount({
          email: need('email'),
          displayName: need('name'),
          password,
          preferredLanguage: language,
          role: command === 'create-admin' ? 'admin' : 'na_staff',
          naCountries: command === 'create-admin' ? [] : countries(),
        });
        console.log(
          `created ${user.role} ${user.email} (${user.id})${user.naCountries.length ? ` for ${user.naCountries.join(', ')}` : ''}`,
        );
        if (generated) console.log(`password (shown once): ${password}`);
        return 0;
      }
      case 'set-countries': {
        const user = await ctx.auth.setRole(need('email'), 'na_staff', countries());
        console.log(`${user.email} now moderates ${user.naCountries.join(', ')}`);
        return 0;
      }
      case 'set-role': {
        const role = need('role');
        if (!(ROLES as readonly string[]).includes(role))
          throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
        const user = await ctx.auth.setRole(need('email'), role as Role, values.countries ? countries() : []);
        console.log(
          `${user.email} is now ${user.role}${user.naCountries.length ? ` for ${user.naCountries.join(', ')}` : ''}`,
        );
        return 0;
      }
      case 'reindex': {
        const started = Date.now();
        const indexed = await ctx.indexer.reindexAll((n, total) =>
          process.stdout.write(
            `\rreindexing organisations: ${n}/${total} (${Math.round((n / Math.max(total, 1)) * 100)}%)`,
          ),
        );
        console.log(
          `\nreindexed ${indexed} organisations in ${((Date.now() - started) / 1000).toFixed(1)} s; the new index is live`,
        );
        const callsStarted = Date.now();
        const calls = await ctx.callIndexer.reindexAll((n, total) =>
          process.stdout.write(
            `\rreindexing partner calls: ${n}/${total} (${Math.round((n / Math.max(total, 1)) * 100)}%)`,
          ),
        );
        console.log(
          `\nreindexed ${calls} open partner calls in ${((Date.now() - callsStarted) / 1000).toFixed(1)} s; the new index is live`,
        );
        return 0;
      }
      case 'refresh-suggestions': {
        const started = Date.now();
        const run = await ctx.refreshPlanner.run(values.full ? 'full' : 'incremental', (done, total) =>
          process.stdout.write(`\rrefreshing suggestions: ${done}/${total}`),
        );
        console.log(
          `\n${run.mode} refresh: ${run.refreshed} subjects refreshed (${run.failed} failed) in ${((Date.now() - started) / 1000).toFixed(1)} s` +
            (run.mode === 'incremental'
              ? `; ${run.changedOrganisations} organisations and ${run.changedCalls} calls changed since the last run` +
                `; ${run.patched} lists patched, ${run.unchanged} unchanged, ${run.recomputed} recomputed`
              : ''),
        );
        return run.failed ? 1 : 0;
      }
      case 'outbox-list': {
        const rows = await listSetAsideOutbox(ctx.dataSource, { id, limit: 1000 });
        const { pending, setAside } = await outboxBacklog(ctx.dataSource);
        console.log(`outbox: ${pending} pending, ${setAside} set aside`);
        for (const r of rows) {
          console.log(
            `#${r.id} ${r.topic} ${r.aggregateId} set aside ${r.setAsideAt.toISOString()} after ${r.attempts} attempt(s): ${r.error}`,
          );
        }
        return 0;
      }
      case 'outbox-retry': {
        const ids = await retrySetAsideOutbox(ctx.dataSource, id);
        if (ids.length === 0) {
          console.error(id ? `no set-aside outbox row #${id}` : 'no set-aside outbox rows');
          return id ? 1 : 0;
        }
        console.log(`put ${ids.length} outbox row(s) back to the relay: ${ids.map((i) => `#${i}`).join(', ')}`);
        // A running worker relays them within a second or sets them aside again; report which.
        const deadline = Date.now() + 15_000;
        let states = await outboxRowStates(ctx.dataSource, ids);
        while (states.some((r) => r.state === 'pending') && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 250));
          states = await outboxRowStates(ctx.dataSource, ids);
        }
        for (const r of states) {
          if (r.state === 'set aside') console.log(`#${r.id} set aside again (${r.attempts} attempts): ${r.error}`);
          else if (r.state === 'relayed') console.log(`#${r.id} relayed`);
          else console.log(`#${r.id} still pending: no worker relayed it yet; it goes out when one runs`);
        }
        return states.some((r) => r.state === 'set aside') ? 1 : 0;
      }
      case 'show': {
        const user = await ctx.auth.findByEmail(need('email'));
        if (!user) {
          console.error(`no account with email ${values.email}`);
          return 1;
        }
        console.log(JSON.stringify(user, null, 2));
        return 0;
      }
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } finally {
    await ctx.close();
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof UsageError || (err instanceof TypeError && 'code' in err)) {
      console.error(`${err.message}\n\n${USAGE}`);
      process.exit(2);
    }
    if (err instanceof ConfigError) console.error(err.message);
    else if (err instanceof DomainException) {
      const details = Array.isArray(err.details)
        ? (err.details as FieldProblem[]).map((d) => `\n  - ${d.field}: ${d.message}`).join('')
        : '';
      console.error(`${err.code}: ${err.message}${details}`);
    } else console.error(err);
    process.exit(1);
  },
);
