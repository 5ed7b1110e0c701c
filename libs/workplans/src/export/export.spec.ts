import type { Workplan } from '../workplan.model';
import { partnerViews } from '../partner-view';
import { workplanReport } from '../workplan.rules';
import { formatAmount, type WorkplanExportInput } from './export-document';
import { asciiSlug, contentDisposition, exportFilename } from './export-filename';
import { neutraliseCell, workplanCsv } from './workplan-csv';
import { workplanDocx } from './workplan-docx';
import { workplanPdf } from './workplan-pdf';

const at = new Date('2026-12-01T10:00:00Z');
const plan: Workplan = {
  consortiumId: 'c1',
  action: 'KA210-VET',
  coordinatorId: 'gr',
  version: 1,
  updatedAt: at,
  lumpSum: 30_000,
  durationMonths: 12,
  plannedStart: '2027-09-01',
  aim: 'exchange_of_good_practices',
  summary: '',
  members: [
    { organisationId: 'gr', name: 'Σχολή Θεσσαλονίκης', country: 'GR', role: 'coordinator' },
    { organisationId: 'pt', name: '=HYPERLINK("http://x")', country: 'PT', role: 'partner' },
  ],
  workPackages: [],
  activities: [
    {
      id: 'a1',
      workPackageId: null,
      title: '+Exchange visit',
      description: '',
      kind: 'transnational_meeting',
      leadOrganisationId: 'gr',
      participantIds: ['pt'],
      startMonth: 1,
      endMonth: 12,
      expectedResults: '',
      amount: 30_000,
      version: 1,
      updatedAt: at,
    },
  ],
  results: [],
  events: [],
};
const input = (locale: 'en' | 'el' = 'en'): WorkplanExportInput => ({
  consortiumName: 'Πράσινη συγκόλληση',
  plan,
  partners: partnerViews(plan),
  report: workplanReport(plan),
  organisations: new Map(plan.members.map((m) => [m.organisationId, m.name])),
  locale,
  generatedAt: at,
});
const BOM = '\uFEFF';

describe('workplan export helpers', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('neutralises a cell starting a formula: %j', (v) => {
    expect(neutraliseCell(v)).toBe(`'${v}`);
  });

  it('leaves other cells as they are, Greek included', () => {
    expect(neutraliseCell('Σχολή = καλή')).toBe('Σχολή = καλή');
    expect(neutraliseCell('30000')).toBe('30000');
  });

  it('writes the CSV as UTF-8 with a BOM, headers in the chosen language and formulas neutralised', () => {
    const el = workplanCsv(input('el')).toString('utf8');
    expect(el.startsWith(BOM)).toBe(true);
    const lines = el.slice(1).split('\r\n');
    expect(lines[0]).toBe('Ενότητα,Κωδικός,Τίτλος,Οργανισμός,Μήνες,Ποσό (EUR),Μερίδιο του κατ’ αποκοπή ποσού (%)');
    expect(lines[1]).toBe("Δραστηριότητα,A1,'+Exchange visit,Σχολή Θεσσαλονίκης,M1–M12,30000,100");
    expect(el).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(lines.at(-2)).toBe('Σύνολο,,Κατ’ αποκοπή ποσό,,12,30000,100');
    const en = workplanCsv(input('en')).toString('utf8');
    expect(en.slice(1).split('\r\n')[0]).toBe(
      'Section,Reference,Title,Organisation,Months,Amount (EUR),Share of the lump sum (%)',
    );
  });

  it('names the file in ASCII (Greek transliterated) and in UTF-8', () => {
    expect(asciiSlug('Πράσινη συγκόλληση: 2027/28')).toBe('prasini-sygkollisi-2027-28');
    expect(asciiSlug('«»')).toBe('');
    const name = exportFilename('Πράσινη "συγκόλληση"', 'pdf', 'el', at);
    expect(name).toEqual({
      ascii: 'workplan-prasini-sygkollisi-2026-12-01.pdf',
      unicode: 'σχέδιο-εργασιών-Πράσινη-συγκόλληση-2026-12-01.pdf',
    });
    expect(exportFilename('«»', 'csv', 'en', at).ascii).toBe('workplan-consortium-2026-12-01.csv');
    const header = contentDisposition(exportFilename("Wind's (north)", 'docx', 'en', at));
    expect(header).toBe(
      'attachment; filename="workplan-wind-s-north-2026-12-01.docx"; filename*=UTF-8\'\'workplan-Wind%27s-%28north%29-2026-12-01.docx',
    );
    expect(header).toMatch(/^[\x20-\x7e]+$/);
  });

  it('formats amounts the way each language writes them', () => {
    expect(formatAmount('en', 30000)).toBe('€30,000');
    expect(formatAmount('el', 1234.5).replace(/\s/g, ' ')).toBe('1.234,50 €');
  });

  it('renders a PDF and a DOCX', async () => {
    const pdf = await workplanPdf(input('el'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // DejaVu Sans is embedded, so Greek renders without the reader's fonts.
    expect(pdf.toString('latin1')).toMatch(/FontFile2/);
    const docx = await workplanDocx(input('el'));
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
