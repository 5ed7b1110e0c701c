import type { AccountInput, UserView } from '@syndesmos/auth';
import type { Viewer } from '@syndesmos/organisations';
import { seedDemoCalls } from './demo-calls';
import { DEMO_MEMBERS, DEMO_ORGANISATIONS } from './demo-organisations';
import type { OperatorContext } from './operator-context';

// Demo data for the quick start: accounts, then organisations in every state the NA queue
// knows. Later issues add partner calls and consortia.
export const DEMO_PASSWORD = 'Demo-Syndesmos-2026';

/** What each demo member is for: whose organisations they own, so a visitor knows whom to try. */
const MEMBER_ROLES: Record<string, string> = {
  'anna.kowalska@demo.syndesmos.eu': 'owns partners in Poland, Finland, Romania, Bulgaria',
  'lukas.schmidt@demo.syndesmos.eu': 'owns partners in Germany, Austria, the Netherlands, Norway',
  'sofia.rossi@demo.syndesmos.eu': 'owns partners in Italy, France, Spain, Ireland',
  'eva.novak@demo.syndesmos.eu': 'owns partners in Slovenia, Croatia, North Macedonia, Türkiye',
};

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
    what: 'National Agency staff for Portugal',
    email: 'na.staff.pt@demo.syndesmos.eu',
    displayName: 'Inês Costa (ANE+EF)',
    preferredLanguage: 'en',
    role: 'na_staff',
    naCountries: ['PT'],
    password: DEMO_PASSWORD,
  },
  ...DEMO_MEMBERS.map((m) => ({
    what: MEMBER_ROLES[m.email] ?? 'owns some of the demo organisations',
    ...m,
    role: 'user' as const,
    naCountries: [],
    password: DEMO_PASSWORD,
  })),
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

/** Idempotent: what exists (accounts by email, organisations by OID) is left as it is. */
export async function seedDemoData(
  ctx: OperatorContext,
  log: (line: string) => void = () => undefined,
): Promise<number> {
  let created = 0;
  const users = new Map<string, UserView>();
  for (const [i, account] of DEMO_ACCOUNTS.entries()) {
    let user = await ctx.auth.findByEmail(account.email);
    if (!user) {
      const { what: _what, ...input } = account;
      user = await ctx.auth.createAccount(input);
      created++;
      log(`demo data: account ${i + 1}/${DEMO_ACCOUNTS.length} (${account.email})`);
    }
    users.set(account.email, user);
  }
  const asViewer = (u: UserView): Viewer => ({ userId: u.id, role: u.role, naCountries: u.naCountries });
  const admin = asViewer(users.get('admin@demo.syndesmos.eu')!);
  for (const [i, demo] of DEMO_ORGANISATIONS.entries()) {
    if (await ctx.organisations.oidInUse(demo.profile.oid)) continue;
    const owner = asViewer(users.get(demo.owner)!);
    const { organisation } = await ctx.organisations.create(owner, demo.profile);
    if (demo.state !== 'draft') await ctx.organisations.submit(owner, organisation.id);
    if (demo.state === 'published') await ctx.moderation.decide(admin, organisation.id, 'approve', null);
    created++;
    if ((i + 1) % 10 === 0 || i + 1 === DEMO_ORGANISATIONS.length) {
      log(`demo data: organisation ${i + 1}/${DEMO_ORGANISATIONS.length}`);
    }
  }
  // OID → the owner (an admin of it) and its id, for calls and consortia.
  const byOid = new Map<string, { viewer: Viewer; id: string }>();
  for (const email of new Set(DEMO_ORGANISATIONS.map((d) => d.owner))) {
    const viewer = asViewer(users.get(email)!);
    for (const { organisation } of await ctx.organisations.listMine(viewer)) {
      byOid.set(organisation.oid, { viewer, id: organisation.id });
    }
  }
  created += await seedDemoCalls(ctx, (oid) => byOid.get(oid), log);
  return created;
}
