import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { formatAmount } from '@syndesmos/workplans';
import { consortiumWith, partnerOrganisations } from '../factories/consortium.factory';
import { signInStaff } from '../factories/staff.factory';
import { registerUser, type SignedInUser } from '../factories/user.factory';
import { docxText, pdfText, squash } from '../support/document-text';
import { useApi } from '../support/test-env';

// The workplan export end to end: a KA220-VET plan with Greek titles built through the API,
// downloaded as PDF, DOCX and CSV in English and Greek and read back (the PDF's text through
// pdf.js, the DOCX through mammoth, the CSV parsed), a KA210-VET plan, and the refusals.

const LANGS = ['en', 'el'] as const;
const BOM = '\uFEFF';

interface Built {
  id: string;
  workPackages: { title: string; amount: number }[];
  activities: { title: string; amount: number }[];
}

describe('workplan export', () => {
  const ctx = useApi();
  let gr: SignedInUser;
  let pt: SignedInUser;
  let es: SignedInUser;
  let outsider: SignedInUser;
  const org: Record<string, string> = {};
  const t = (u: { accessToken: string }) => ({ token: u.accessToken });

  const consortium = async (name: string, action: 'KA220-VET' | 'KA210-VET') =>
    (
      await consortiumWith(
        ctx.api,
        { user: gr, organisationId: org.GR! },
        [
          { user: pt, organisationId: org.PT! },
          { user: es, organisationId: org.ES! },
        ],
        { name, action },
      )
    ).id;

  const built: Partial<Record<'ka220' | 'ka210', Built>> = {};

  beforeAll(async () => {
    const { env, api } = ctx;
    const admin = await signInStaff(env, api, 'admin');
    const cast = await partnerOrganisations(api, admin.accessToken);
    ({ GR: gr, PT: pt, ES: es } = cast.users);
    Object.assign(org, cast.org);
    outsider = await registerUser(api);

    // KA220-VET: three work packages, one titled in Greek, four activities.
    const id = await consortium('Πράσινη συγκόλληση / Green welding', 'KA220-VET');
    const base = `/v1/consortia/${id}/workplan`;
    let p = (await api.get(base, t(gr))).body;
    p = (
      await api.patch(
        `${base}/frame`,
        {
          version: p.frame.version,
          lumpSum: 250000,
          durationMonths: 24,
          plannedStart: '2027-09-01',
          aim: 'innovation',
          summary: 'Συγκόλληση για ανεμογεννήτριες: welding for wind.',
        },
        t(gr),
      )
    ).body;
    const wp1 = p.workPackages[0];
    expect(
      (await api.patch(`${base}/work-packages/${wp1.id}`, { version: wp1.version, amount: 50000 }, t(gr))).status,
    ).toBe(200);
    const wp = async (title: string, lead: string, amount: number) => {
      const res = await api.post(
        `${base}/work-packages`,
        { title, leadOrganisationId: lead, participantIds: [org.GR], amount },
        t(gr),
      );
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const wp2 = await wp('Πρόγραμμα σπουδών συγκόλλησης', org.PT!, 120000);
    const wp3 = await wp('Dissemination at scale', org.ES!, 80000);
    const activities = [
      {
        workPackageId: wp1.id,
        title: 'Εναρκτήρια συνάντηση στη Θεσσαλονίκη',
        kind: 'transnational_meeting',
        amount: 20000,
        startMonth: 1,
        endMonth: 2,
        leadOrganisationId: org.GR,
      },
      {
        workPackageId: wp2,
        title: 'Draft the curriculum',
        kind: 'result_development',
        amount: 70000,
        startMonth: 3,
        endMonth: 12,
        leadOrganisationId: org.PT,
      },
      {
        workPackageId: wp2,
        title: 'Pilot the modules',
        kind: 'learning_teaching_training',
        amount: 50000,
        startMonth: 13,
        endMonth: 18,
        leadOrganisationId: org.PT,
      },
      {
        workPackageId: wp3,
        title: 'Multiplier event in Seville',
        kind: 'multiplier_event',
        amount: 30000,
        startMonth: 22,
        endMonth: 22,
        leadOrganisationId: org.ES,
      },
    ];
    const activityIds: string[] = [];
    for (const a of activities) {
      const res = await api.post(`${base}/activities`, { ...a, participantIds: [org.GR] }, t(gr));
      expect(res.status).toBe(201);
      activityIds.push(res.body.id);
    }
    const result = await api.post(
      `${base}/results`,
      {
        title: 'Green welding curriculum',
        type: 'curriculum',
        languages: ['en', 'el'],
        leadOrganisationId: org.PT,
        dueMonth: 14,
        activityIds: [activityIds[1]],
      },
      t(gr),
    );
    expect(result.status).toBe(201);
    expect(
      (
        await api.post(
          `${base}/events`,
          {
            title: 'Εκδήλωση στη Σεβίλλη',
            hostOrganisationId: org.ES,
            country: 'ES',
            month: 22,
            participantsLocal: 40,
            participantsInternational: 10,
            resultIds: [result.body.id],
          },
          t(gr),
        )
      ).status,
    ).toBe(201);
    built.ka220 = {
      id,
      workPackages: [
        { title: 'Project management', amount: 50000 },
        { title: 'Πρόγραμμα σπουδών συγκόλλησης', amount: 120000 },
        { title: 'Dissemination at scale', amount: 80000 },
      ],
      activities,
    };

    // KA210-VET: activities straight in the plan.
    const small = await consortium('Small-scale exchange', 'KA210-VET');
    const sbase = `/v1/consortia/${small}/workplan`;
    const sp = (await api.get(sbase, t(gr))).body;
    await api.patch(`${sbase}/frame`, { version: sp.frame.version, lumpSum: 60000, durationMonths: 12 }, t(gr));
    const smallActivities = [
      { title: 'Ανταλλαγή καλών πρακτικών', kind: 'transnational_meeting', amount: 35000, startMonth: 1, endMonth: 6 },
      {
        title: 'Job shadowing in Porto',
        kind: 'learning_teaching_training',
        amount: 25000,
        startMonth: 7,
        endMonth: 12,
      },
    ];
    for (const a of smallActivities) {
      const res = await api.post(
        `${sbase}/activities`,
        { ...a, workPackageId: null, leadOrganisationId: org.GR, participantIds: [org.PT, org.ES] },
        t(gr),
      );
      expect(res.status).toBe(201);
    }
    built.ka210 = { id: small, workPackages: [], activities: smallActivities };
  });

  const exportOf = (id: string, query: string, who: SignedInUser | null = gr) =>
    ctx.api.download(`/v1/consortia/${id}/workplan/export?${query}`, who ? t(who) : {});

  function expectAttachment(res: { status: number; headers: Headers }, type: string, ext: string) {
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toMatch(
      new RegExp(`^attachment; filename="workplan-[a-z0-9-]+-\\d{4}-\\d{2}-\\d{2}\\.${ext}"; filename\\*=UTF-8''`),
    );
    return decodeURIComponent(disposition.split("UTF-8''")[1]!);
  }

  describe.each(LANGS)('in %s', (lang) => {
    const amount = (n: number) => squash(formatAmount(lang, n));

    it('writes a DOCX holding every work package, activity and amount as printed', async () => {
      const b = built.ka220!;
      const res = await exportOf(b.id, `format=docx&lang=${lang}`);
      const name = expectAttachment(
        res,
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'docx',
      );
      expect(name).toContain('Πράσινη-συγκόλληση');
      const text = await docxText(res.data);
      for (const w of b.workPackages) {
        expect(text).toContain(w.title);
        expect(text).toContain(amount(w.amount));
      }
      for (const a of b.activities) {
        expect(text).toContain(a.title);
        expect(text).toContain(amount(a.amount));
      }
      expect(text).toContain(lang === 'el' ? 'Πακέτα εργασίας' : 'Work packages');
      expect(text).toContain(amount(250000));
    });

    it('writes a PDF whose text holds every work package and amount, and the Greek words', async () => {
      const b = built.ka220!;
      const res = await exportOf(b.id, `format=pdf&lang=${lang}`);
      expectAttachment(res, 'application/pdf', 'pdf');
      const { text, pages } = await pdfText(res.data);
      expect(pages).toBeGreaterThan(1);
      for (const w of b.workPackages) {
        expect(text).toContain(w.title);
        expect(text).toContain(amount(w.amount));
      }
      for (const a of b.activities) expect(text).toContain(amount(a.amount));
      expect(text).toContain('Εναρκτήρια συνάντηση στη Θεσσαλονίκη');
      expect(text).toContain('Συγκόλληση για ανεμογεννήτριες');
      expect(text).toContain(lang === 'el' ? 'Χρονοδιάγραμμα' : 'Timeline');
      expect(text).toContain(lang === 'el' ? `Σελίδα 1 από ${pages}` : `Page 1 of ${pages}`);
    });

    it('writes the budget CSV, whose totals equal the lump sum and the plan’s amounts', async () => {
      const b = built.ka220!;
      const res = await exportOf(b.id, `format=csv&lang=${lang}`);
      expectAttachment(res, 'text/csv; charset=utf-8', 'csv');
      const text = res.data.toString('utf8');
      expect(text.startsWith(BOM)).toBe(true);
      const [header, ...rows] = parse(text.slice(1)) as string[][];
      expect(header).toEqual(
        lang === 'el'
          ? ['Ενότητα', 'Κωδικός', 'Τίτλος', 'Οργανισμός', 'Μήνες', 'Ποσό (EUR)', 'Μερίδιο του κατ’ αποκοπή ποσού (%)']
          : ['Section', 'Reference', 'Title', 'Organisation', 'Months', 'Amount (EUR)', 'Share of the lump sum (%)'],
      );
      const section = (s: string) => rows.filter((r) => r[0] === s);
      const sum = (list: string[][]) => list.reduce((s, r) => s + Number(r[5]), 0);
      const [wpLabel, activityLabel, partnerLabel, totalLabel] =
        lang === 'el'
          ? ['Πακέτο εργασίας', 'Δραστηριότητα', 'Εταίρος', 'Σύνολο']
          : ['Work package', 'Activity', 'Partner', 'Total'];
      expect(section(wpLabel).map((r) => r[2])).toEqual(b.workPackages.map((w) => w.title));
      expect(sum(section(wpLabel))).toBe(250000);
      expect(section(activityLabel).map((r) => [r[2], Number(r[5])])).toEqual(
        b.activities.map((a) => [a.title, a.amount]),
      );
      expect(section(partnerLabel)).toHaveLength(3);
      expect(sum(section(partnerLabel))).toBeCloseTo(250000, 1);
      expect(section(totalLabel).map((r) => Number(r[5]))).toEqual([250000]);
    });
  });

  it('speaks the language of the answer without lang (Accept-Language)', async () => {
    const res = await ctx.api.download(`/v1/consortia/${built.ka220!.id}/workplan/export?format=docx`, {
      ...t(gr),
      headers: { 'accept-language': 'el' },
    });
    expect(res.status).toBe(200);
    expect(await docxText(res.data)).toContain('Πακέτα εργασίας');
  });

  it('exports a KA210-VET plan with its activities straight in the plan', async () => {
    const b = built.ka210!;
    const pdf = await exportOf(b.id, 'format=pdf&lang=el');
    expectAttachment(pdf, 'application/pdf', 'pdf');
    const { text } = await pdfText(pdf.data);
    for (const a of b.activities) {
      expect(text).toContain(a.title);
      expect(text).toContain(squash(formatAmount('el', a.amount)));
    }
    expect(text).toContain('Ανά δραστηριότητα');
    const csv = await exportOf(b.id, 'format=csv&lang=en');
    const rows = parse(csv.data.toString('utf8').slice(1)) as string[][];
    const activities = rows.filter((r) => r[0] === 'Activity');
    expect(activities.map((r) => [r[1], r[2], Number(r[5])])).toEqual([
      ['A1', 'Ανταλλαγή καλών πρακτικών', 35000],
      ['A2', 'Job shadowing in Porto', 25000],
    ]);
    expect(rows.filter((r) => r[0] === 'Work package')).toEqual([]);
    expect(rows.at(-1)![5]).toBe('60000');
  });

  it('refuses non-members and unknown ids with 404, the signed out with 401, a bad format or lang with 400', async () => {
    const id = built.ka220!.id;
    const notFound = await exportOf(id, 'format=pdf', outsider);
    expect(notFound.status).toBe(404);
    expect(notFound.body).toMatchObject({ code: 'NOT_FOUND' });
    expect((await exportOf(randomUUID(), 'format=pdf')).status).toBe(404);
    expect((await exportOf(id, 'format=pdf', null)).status).toBe(401);
    for (const query of ['format=xlsx', '', 'format=pdf&lang=fr', 'format=pdf&extra=1']) {
      const bad = await exportOf(id, query);
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
    const bad = await exportOf(id, 'format=xlsx');
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'format' })]);
  });
});
