import type { AccountInput } from '@syndesmos/auth';
import type { OperatorContext } from './operator-context';

// Demo accounts for the quick start. Later issues add organisations, calls and consortia.
export const DEMO_PASSWORD = 'Demo-Syndesmos-2026';

export const DEMO_ACCOUNTS: (AccountInput & { what: string })[] = [
  {
    what: 'coordinator at a Greek VET school',
    email: 'maria.papadopoulou@demo.syndesmos.eu',
    displayName: 'Μαρία Παπαδοπούλου',
    preferredLanguage: 'el',
    role: 'user',
    naCountries: [],
    password: DEMO_PASSWORD,
  },
  {
    what: 'training manager at a Portuguese manufacturer',
    email: 'joao.silva@demo.syndesmos.eu',
    displayName: 'João Silva',
    preferredLanguage: 'en',
    role: 'user',
    naCountries: [],
    password: DEMO_PASSWORD,
  },
  {
    what: 'National Agency staff for Greece and Cyprus',
    email: 'na.staff@demo.syndesmos.eu',
    displayName: 'Ελένη Γεωργίου (IKY)',
    preferredLanguage: 'el',
    role: 'na_staff',
    naCountries: ['GR', 'CY'],
    password: DEMO_PASSWORD,
  },
  {
    what: 'platform administrator',
    email: 'admin@demo.syndesmos.eu',
    displayName: 'Syndesmos Admin',
    preferredLanguage: 'en',
    role: 'admin',
    naCountries: [],
    password: DEMO_PASSWORD,
  },
];

/** Idempotent: accounts that exist are left as they are. Returns how many were created. */
export async function seedDemoData(
  ctx: OperatorContext,
  log: (line: string) => void = () => undefined,
): Promise<number> {
  let created = 0;
  for (const [i, account] of DEMO_ACCOUNTS.entries()) {
    if (await ctx.auth.findByEmail(account.email)) continue;
    const { what: _what, ...input } = account;
    await ctx.auth.createAccount(input);
    created++;
    log(`demo data: account ${i + 1}/${DEMO_ACCOUNTS.length} (${account.email})`);
  }
  return created;
}
