import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CallInput } from '@syndesmos/consortia';
import type { Scored } from '@syndesmos/matching';
import type { OrganisationProfile, Viewer } from '@syndesmos/organisations';
import { deleteKeysWithPrefix } from '@syndesmos/redis';
import { createMeiliClient, deleteIndexesWithPrefix } from '@syndesmos/search';
import { createOperatorContext, type OperatorContext } from '../../../scripts/operator-context';
import { benchSetup, freshDatabase, knob, outcome, runBench } from '../bench-support';
import {
  type Case,
  type CaseCall,
  type CaseOrg,
  caseProblems,
  explain,
  ndcg,
  recall,
  selectCases,
} from './case-format';

// Match-quality evaluation: each case file in cases/ is loaded into a fresh database and
// fresh indexes through the platform's own services, the real matching runs for its subject,
// and the top ten is judged against the case's graded relevance and its `never` list.
//
//   npm run bench:matching               (BENCH_CASES=07 or 07,31: the files whose names start "07-", "31-")
//   npm run bench:matching -- --explain  (each case's whole top ten: scores, components, reasons)
//   BENCH_SMOKE=1                        (the first two cases; BENCH_CASE_COUNT sets how many)
// The measures are reported, not asserted; an error in loading or ranking a case fails the run.

const CASE_COUNT = knob('BENCH_CASE_COUNT', Infinity, 2);
const EXPLAIN = process.argv.includes('--explain');
const log = (line: string) => console.log(`[eval] ${line}`);

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
  const k = c.consortium;
  const calls = Object.entries(c.calls ?? {});
  const post = async (call: CaseCall, open: boolean, consortiumId: string | null = null) => {
    const input: CallInput = {
      organisationId: ids[call.owner],
      kind: consortiumId ? 'replacement' : 'project',
      consortiumId,
      title: call.title,
      summary: call.summary ?? call.title,
      action: call.action,
      topics: call.topics ?? [],
      sought: call.sought ?? [],
      languages: call.languages ?? [],
      excludedCountries: call.excludedCountries ?? [],
      plannedStart: null,
      durationMonths: null,
      naDeadline: null,
      answerBy,
    };
    return (await ctx.calls.create(owner, input, open)).call.id;
  };
  const close = async (key: string) => {
    if (c.calls?.[key]?.status === 'closed') await ctx.calls.setStatus(owner, callIds[key], 'closed', 'withdrawn');
  };
  for (const [key, call] of calls) {
    if (call.consortium) continue;
    callIds[key] = await post(call, true);
    // A consortium's own call is closed (if at all) once the consortium is formed from it.
    if (key !== k?.fromCall) await close(key);
  }
  let consortiumId: string | null = null;
  if (k) {
    const coordinator = ids[k.coordinator];
    if (k.fromCall) {
      // As the product does it: the call's organisation coordinates, and the call points to it.
      consortiumId = (await ctx.calls.createConsortium(owner, callIds[k.fromCall], { name: c.name.slice(0, 200) }))
        .consortium.id;
    } else if (k.sought?.length) {
      // What a consortium seeks lives on the call it was formed from.
      const draft = await post(
        {
          owner: k.coordinator,
          title: `${c.name} (consortium)`.slice(0, 200),
          summary: c.name,
          action: k.action,
          sought: k.sought,
        },
        false,
      );
      consortiumId = (await ctx.calls.createConsortium(owner, draft, { name: c.name.slice(0, 200) })).consortium.id;
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
    for (const m of [...k.members, ...(k.departed ?? [])]) {
      const inv = await ctx.consortia.invite(owner, consortiumId, {
        organisationId: ids[m.org],
        role: m.role,
        message: null,
      });
      await ctx.consortia.decideInvitation(owner, inv.id, 'accepted');
    }
    for (const m of k.departed ?? []) await ctx.consortia.removeMember(owner, consortiumId, ids[m.org]);
    if (k.fromCall) await close(k.fromCall);
    // Replacement calls: POST /v1/calls with kind "replacement" and the consortium's id.
    for (const [key, call] of calls) if (call.consortium) callIds[key] = await post(call, true, consortiumId);
    for (const [key, call] of calls) if (call.consortium) await close(key);
  }
  return { ids, callIds, consortiumId };
}

async function main(): Promise<void> {
  const dir = resolve(__dirname, '..', '..', '..', '..', 'test', 'bench', 'matching', 'cases');
  const files = selectCases(readdirSync(dir), process.env.BENCH_CASES).slice(0, CASE_COUNT);
  if (process.env.BENCH_CASES && files.length === 0)
    throw new Error(`no case file starts with ${process.env.BENCH_CASES}`);
  const { config, meili } = await benchSetup('syndesmos_matching_eval', 'matcheval');
  const results: { file: string; ndcg: number; recall: number; violations: string[] }[] = [];
  try {
    for (const [n, file] of files.entries()) {
      const c = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Case;
      const problems = caseProblems(c);
      if (problems.length) throw new Error(`${file} is not a valid case: ${problems.join('; ')}`);
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
        const shown: { key: string; scored: Scored }[] =
          c.suggest === 'calls'
            ? ranked.calls.slice(0, 10).map((r) => ({ key: keyOf.get(r.item) ?? r.item, scored: r.scored }))
            : ranked.organisations
                .slice(0, 10)
                .map((r) => ({ key: keyOf.get(r.item.id) ?? r.item.id, scored: r.scored }));
        const top = shown.map((s) => s.key);
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
        if (EXPLAIN) console.log(explain(c, shown));
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
