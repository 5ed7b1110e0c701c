import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CallInput, SoughtPartner } from '@syndesmos/consortia';
import type { OrganisationProfile, Viewer } from '@syndesmos/organisations';
import { deleteKeysWithPrefix } from '@syndesmos/redis';
import { createMeiliClient, deleteIndexesWithPrefix } from '@syndesmos/search';
import { createOperatorContext, type OperatorContext } from '../../../scripts/operator-context';
import { benchSetup, freshDatabase, knob, outcome, runBench } from '../bench-support';

// Match-quality evaluation: each case file in cases/ is loaded into a fresh database and
// fresh indexes through the platform's own services, the real matching runs for its subject,
// and the top ten is judged against the case's graded relevance and its `never` list.
//
//   npm run bench:matching            (BENCH_CASES=03 to run the cases whose file name contains it)
//   BENCH_SMOKE=1                     (the first two cases; BENCH_CASE_COUNT sets how many)
// The measures are reported, not asserted; an error in loading or ranking a case fails the run.

interface CaseOrg {
  name: string;
  country: string;
  type: string;
  nace: string[];
  topics: string[];
  languages?: string[];
  size?: string | null;
  experience?: 'none' | 'participated' | 'coordinated';
  description?: string;
  lookingFor?: { countries?: string[]; naceSections?: string[]; organisationTypes?: string[]; text?: string };
  open?: boolean;
  state?: 'published' | 'suspended' | 'draft';
}

interface CaseCall {
  owner: string;
  title: string;
  summary?: string;
  action: 'KA220-VET' | 'KA210-VET';
  topics?: string[];
  sought?: SoughtPartner[];
  languages?: string[];
  status?: 'open' | 'closed';
}

interface Case {
  name: string;
  why?: string;
  organisations: Record<string, CaseOrg>;
  calls?: Record<string, CaseCall>;
  consortium?: {
    action: 'KA220-VET' | 'KA210-VET';
    coordinator: string;
    members: { org: string; role: 'partner' | 'associated_partner' }[];
    sought?: SoughtPartner[];
  };
  subject: { kind: 'organisation' | 'call' | 'consortium'; key?: string };
  suggest: 'organisations' | 'calls';
  relevance: Record<string, number>;
  never: string[];
}

const CASE_COUNT = knob('BENCH_CASE_COUNT', Infinity, 2);
const log = (line: string) => console.log(`[eval] ${line}`);

/** nDCG@k with gain 2^rel − 1; 1 when nothing is relevant and nothing is suggested. */
export function ndcg(ranked: string[], relevance: Record<string, number>, k = 10): number {
  const gain = (rel: number) => 2 ** rel - 1;
  const dcg = ranked.slice(0, k).reduce((sum, key, i) => sum + gain(relevance[key] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(relevance)
    .filter((r) => r > 0)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, rel, i) => sum + gain(rel) / Math.log2(i + 2), 0);
  return ideal === 0 ? 1 : dcg / ideal;
}

export function recall(ranked: string[], relevance: Record<string, number>, k = 10): number {
  const wanted = Object.keys(relevance).filter((key) => relevance[key] >= 2);
  if (wanted.length === 0) return 1;
  return wanted.filter((key) => ranked.slice(0, k).includes(key)).length / wanted.length;
}

let oidSeq = 0;
function profile(c: CaseOrg): OrganisationProfile {
  oidSeq++;
  const description = c.description ?? '';
  return {
    legalName: c.name,
    displayName: c.name.slice(0, 120),
    oid: `E7${String(oidSeq).padStart(7, '0')}`,
    pic: null,
    country: c.country,
    city: 'Case city',
    website: null,
    organisationType: c.type,
    naceRevision: 'NACE_REV2',
    naceSections: c.nace,
    naceDivisions: [],
    sizeBand: c.size ?? '10-49',
    foundingYear: null,
    // Profiles need 80 characters to be submitted; short case texts are padded, not changed.
    description: description.length >= 80 ? description : `${description} ${c.name}. ${'·'.repeat(80)}`.trim(),
    topics: c.topics,
    targetGroups: [],
    languages: c.languages?.length ? c.languages : ['en'],
    experience: { level: c.experience ?? 'participated', pastProjects: c.experience === 'none' ? 0 : 2 },
    lookingFor: {
      countries: c.lookingFor?.countries ?? [],
      naceSections: c.lookingFor?.naceSections ?? [],
      organisationTypes: c.lookingFor?.organisationTypes ?? [],
      text: c.lookingFor?.text ?? null,
    },
    contactPerson: { name: 'Case contact', email: 'contact@case.example', phone: null, role: null },
    logoUrl: null,
    openToPartnerships: c.open ?? true,
  };
}

async function load(ctx: OperatorContext, owner: Viewer, admin: Viewer, c: Case) {
  const ids: Record<string, string> = {};
  for (const [key, o] of Object.entries(c.organisations)) {
    const { organisation } = await ctx.organisations.create(owner, profile(o));
    ids[key] = organisation.id;
    const state = o.state ?? 'published';
    if (state === 'draft') continue;
    await ctx.organisations.submit(owner, organisation.id);
    await ctx.moderation.decide(admin, organisation.id, 'approve', null);
    if (state === 'suspended') await ctx.moderation.decide(admin, organisation.id, 'suspend', 'evaluation case');
  }
  const callIds: Record<string, string> = {};
  const today = new Date();
  const answerBy = new Date(today.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  for (const [key, call] of Object.entries(c.calls ?? {})) {
    const input: CallInput = {
      organisationId: ids[call.owner],
      kind: 'project',
      consortiumId: null,
      title: call.title,
      summary: call.summary ?? call.title,
      action: call.action,
      topics: call.topics ?? [],
      sought: call.sought ?? [],
      languages: call.languages ?? [],
      plannedStart: null,
      durationMonths: null,
      naDeadline: null,
      answerBy,
    };
    const view = await ctx.calls.create(owner, input, true);
    callIds[key] = view.call.id;
    if (call.status === 'closed') await ctx.calls.setStatus(owner, view.call.id, 'closed', 'withdrawn');
  }
  let consortiumId: string | null = null;
  if (c.consortium) {
    const k = c.consortium;
    const coordinator = ids[k.coordinator];
    if (k.sought?.length) {
      // What a consortium seeks lives on the call it was formed from.
      const draft = await ctx.calls.create(
        owner,
        {
          organisationId: coordinator,
          kind: 'project',
          consortiumId: null,
          title: `${c.name} (consortium)`,
          summary: c.name,
          action: k.action,
          topics: [],
          sought: k.sought,
          languages: [],
          plannedStart: null,
          durationMonths: null,
          naDeadline: null,
          answerBy,
        },
        false,
      );
      consortiumId = (await ctx.calls.createConsortium(owner, draft.call.id, { name: `${c.name}`.slice(0, 200) }))
        .consortium.id;
    } else {
      consortiumId = (
        await ctx.consortia.create(owner, {
          organisationId: coordinator,
          name: c.name.slice(0, 200),
          action: k.action,
          summary: '',
          naDeadline: null,
        })
      ).id;
    }
    for (const m of k.members) {
      const inv = await ctx.consortia.invite(owner, consortiumId, {
        organisationId: ids[m.org],
        role: m.role,
        message: null,
      });
      await ctx.consortia.decideInvitation(owner, inv.id, 'accepted');
    }
  }
  return { ids, callIds, consortiumId };
}

async function main(): Promise<void> {
  const filter = process.env.BENCH_CASES;
  const dir = resolve(__dirname, '..', '..', '..', '..', 'test', 'bench', 'matching', 'cases');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && (!filter || f.includes(filter)))
    .sort()
    .slice(0, CASE_COUNT);
  const { config, meili } = await benchSetup('syndesmos_matching_eval', 'matcheval');
  const results: { file: string; ndcg: number; recall: number; violations: string[] }[] = [];
  try {
    for (const [n, file] of files.entries()) {
      const c = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Case;
      const db = await freshDatabase(config.databaseUrl);
      await db.end();
      await deleteKeysWithPrefix(config.redisUrl, config.redisPrefix);
      await deleteIndexesWithPrefix(
        createMeiliClient({ url: config.meiliUrl, masterKey: config.meiliMasterKey, indexPrefix: '' }),
        config.meiliIndexPrefix,
      );
      const ctx = await createOperatorContext(config);
      try {
        const account = await ctx.auth.createAccount({
          email: `eval${n}@eval.example`,
          password: 'Evaluation-harness-2026',
          displayName: 'Evaluation',
          preferredLanguage: 'en',
          role: 'admin',
          naCountries: [],
        });
        const viewer: Viewer = { userId: account.id, role: 'admin', naCountries: [] };
        const { ids, callIds, consortiumId } = await load(ctx, viewer, viewer, c);
        await ctx.indexer.reindexAll(() => undefined);
        await ctx.callIndexer.reindexAll(() => undefined);
        const subjectId =
          c.subject.kind === 'organisation'
            ? ids[c.subject.key!]
            : c.subject.kind === 'call'
              ? callIds[c.subject.key!]
              : consortiumId!;
        const ranked = await ctx.matching.rank(c.subject.kind, subjectId);
        const keyOf = new Map<string, string>(
          [...Object.entries(ids), ...Object.entries(callIds)].map(([k, v]) => [v, k]),
        );
        const top =
          c.suggest === 'calls'
            ? ranked.calls.slice(0, 10).map((r) => keyOf.get(r.item) ?? r.item)
            : ranked.organisations.slice(0, 10).map((r) => keyOf.get(r.item.id) ?? r.item.id);
        const result = {
          file,
          ndcg: ndcg(top, c.relevance),
          recall: recall(top, c.relevance),
          violations: top.filter((k) => c.never.includes(k)),
        };
        results.push(result);
        outcome.count('cases evaluated', 1);
        outcome.count('suggestions ranked', top.length);
        log(
          `${String(n + 1).padStart(2)}/${files.length} ${file.padEnd(44)} nDCG@10 ${result.ndcg.toFixed(3)}  recall@10 ${result.recall.toFixed(3)}  never ${result.violations.length ? result.violations.join(',') : '0'}   top: ${top.slice(0, 5).join(' ')}`,
        );
      } finally {
        await ctx.close();
      }
    }
  } finally {
    await meili.stop();
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const violations = results.reduce((a, r) => a + r.violations.length, 0);
  console.log(
    `\n${results.length} cases: mean nDCG@10 ${mean(results.map((r) => r.ndcg)).toFixed(3)}, mean recall@10 ${mean(results.map((r) => r.recall)).toFixed(3)}, never violations ${violations}`,
  );
}

runBench(main);
