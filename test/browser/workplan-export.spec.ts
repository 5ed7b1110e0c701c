import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { DEMO, expect, signIn, t, test, type Language } from './support/fixtures';
import { apiToken, bearer } from './support/api';

// The workplan's downloads: the demo coordinator opens a demo consortium's Workplan tab and
// saves its PDF and its budget CSV through the links; someone outside the consortium asking
// the same address gets 404.

async function download(page: Page, name: string): Promise<{ file: Buffer; suggested: string }> {
  const started = page.waitForEvent('download');
  await page.getByRole('link', { name, exact: true }).click();
  const d: Download = await started;
  return { file: await readFile((await d.path())!), suggested: d.suggestedFilename() };
}

test('a coordinator downloads the workplan as PDF and its budget as CSV; an outsider gets 404', async ({
  page,
  request,
}) => {
  await signIn(page, DEMO.member, DEMO.password);
  const token = await apiToken(request, DEMO.member);
  const mine = await request.get('/v1/consortia?limit=50', bearer(token));
  expect(mine.status()).toBe(200);
  // Her seeded consortium with a full plan, not whichever one another journey created last.
  const consortium = ((await mine.json()) as { items: { id: string; name: string }[] }).items.find(
    (c) => c.name === 'MedHospitality',
  );
  expect(consortium, 'the demo coordinator has the MedHospitality consortium').toBeDefined();

  await page.goto(`/consortia/${consortium!.id}?tab=workplan`);
  // Other journeys change this account's language: once the plan shows, hers has applied, and
  // only then does the page's language say which labels to look for.
  await expect(page.getByTestId('workplan-editor')).toBeVisible();
  const lang = ((await page.locator('html').getAttribute('lang')) ?? 'en') as Language;
  const links = page.getByRole('group', { name: t(lang, 'workplan.export.label') });
  await expect(links.getByRole('link')).toHaveCount(3);
  await expect(links.getByRole('link', { name: t(lang, 'workplan.export.docxLabel') })).toHaveAttribute(
    'href',
    `/v1/consortia/${consortium!.id}/workplan/export?format=docx&lang=${lang}`,
  );

  const pdf = await download(page, t(lang, 'workplan.export.pdfLabel'));
  expect(pdf.suggested).toMatch(/\.pdf$/);
  expect(pdf.file.length).toBeGreaterThan(1000);
  expect(pdf.file.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const csv = await download(page, t(lang, 'workplan.export.csvLabel'));
  expect(csv.suggested).toMatch(/\.csv$/);
  const text = csv.file.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain(lang === 'el' ? 'Κατ’ αποκοπή ποσό' : 'Lump sum');
  await expect(page.getByRole('alert')).toHaveCount(0);

  const outsider = await apiToken(request, DEMO.admin);
  const refused = await request.get(`/v1/consortia/${consortium!.id}/workplan/export?format=pdf`, bearer(outsider));
  expect(refused.status()).toBe(404);
  expect(((await refused.json()) as { code: string }).code).toBe('NOT_FOUND');
});
