import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import el from '../../i18n/el.json';
import en from '../../i18n/en.json';
import { renderWithApp } from '../../test/render';
import { PublicProfile, safeLogoUrl, websiteLink } from './public-profile';
import { REPORT_TEXT_MAX, reportSchema } from './report-dialog';
import type { Organisation } from './use-organisation';

// Links need a router; the profile's only link is the sign-in prompt.
vi.mock('@tanstack/react-router', () => ({
  Link: ({ children, to }: { children: React.ReactNode; to: string }) => <a href={to}>{children}</a>,
}));

afterEach(cleanup);

const openapi = JSON.parse(readFileSync(join(__dirname, '../../../../../openapi.json'), 'utf8'));

function organisation(overrides: Partial<Organisation['profile']> = {}): Organisation {
  return {
    id: '6f1c2a4e-2b1d-4c3e-9a7b-1d2e3f4a5b6c',
    status: 'published',
    oidVerified: true,
    publishedAt: '2026-01-10T10:00:00.000Z',
    updatedAt: '2026-01-10T10:00:00.000Z',
    profile: {
      legalName: 'Institute of Vocational Training Patras',
      displayName: 'IEK Patras',
      oid: 'E10234567',
      pic: null,
      country: 'GR',
      city: 'Patras',
      website: 'https://iek-patras.example.gr/about',
      organisationType: 'vet_provider',
      naceRevision: 'NACE_REV2',
      naceSections: ['P'],
      naceDivisions: [],
      sizeBand: '50-249',
      foundingYear: 1998,
      description: 'First line <b>not bold</b>\nSecond line',
      topics: ['digital_skills'],
      targetGroups: [],
      languages: ['el', 'en'],
      experience: { level: 'coordinated', pastProjects: 3 },
      lookingFor: { countries: [], naceSections: [], organisationTypes: [], text: null },
      logoUrl: 'http://insecure.example/logo.png',
      openToPartnerships: true,
      ...overrides,
    },
  };
}

describe('PublicProfile', () => {
  it('renders the description as text and keeps its line break', async () => {
    const { container } = await renderWithApp(<PublicProfile organisation={organisation()} signedIn={false} />);
    const description = container.querySelector('.profile-description');
    expect(description?.textContent).toBe('First line <b>not bold</b>\nSecond line');
    expect(description?.querySelector('b')).toBeNull();
  });

  it('shows no contact details to a visitor, only the invitation to sign in', async () => {
    const { container } = await renderWithApp(<PublicProfile organisation={organisation()} signedIn={false} />);
    expect(container.querySelector('address')).toBeNull();
    expect(container.querySelector('a[href^="mailto:"]')).toBeNull();
    expect(screen.getByText('Contact details are shown to signed-in users.')).toBeTruthy();
  });

  it('shows the contact person the API gives a signed-in reader', async () => {
    const org = organisation({
      contactPerson: { name: 'Maria', email: 'maria@iek.example.gr', phone: '+30 2610 000000', role: 'EU projects' },
    });
    const { container } = await renderWithApp(<PublicProfile organisation={org} signedIn />);
    expect(container.querySelector('a[href="mailto:maria@iek.example.gr"]')).toBeTruthy();
    expect(container.querySelector('a[href="tel:+302610000000"]')?.textContent).toBe('+30 2610 000000');
  });

  it('opens the website in a new tab without an opener, and marks the verified OID', async () => {
    const { container } = await renderWithApp(<PublicProfile organisation={organisation()} signedIn={false} />);
    const link = container.querySelector('a.external');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.textContent).toContain('iek-patras.example.gr/about');
    expect(screen.getAllByText('OID verified').length).toBeGreaterThan(0);
    // An http logo would be refused by the CSP: not shown at all.
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows an https logo with its alt text, in Greek too', async () => {
    const org = organisation({ logoUrl: 'https://cdn.example/logo.png' });
    await renderWithApp(<PublicProfile organisation={org} signedIn={false} />, 'el');
    expect(screen.getByRole('img', { name: 'Λογότυπο: IEK Patras' })).toBeTruthy();
  });
});

describe('links and images', () => {
  it('accept only https logos', () => {
    expect(safeLogoUrl('https://x.example/l.png')).toBe('https://x.example/l.png');
    expect(safeLogoUrl('http://x.example/l.png')).toBeUndefined();
    expect(safeLogoUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeLogoUrl(null)).toBeUndefined();
  });

  it('link only http(s) websites', () => {
    expect(websiteLink('https://iek.example.gr/')).toEqual({ href: 'https://iek.example.gr/', text: 'iek.example.gr' });
    expect(websiteLink('javascript:alert(1)')).toBeUndefined();
    expect(websiteLink('not a url')).toBeUndefined();
  });
});

describe('the report form', () => {
  it("matches the API's limit and asks for a category and a text", () => {
    expect(REPORT_TEXT_MAX).toBe(openapi.components.schemas.ReportDto.properties.text.maxLength);
    const empty = reportSchema.safeParse({ category: '', text: '   ' });
    expect(empty.error?.issues.map((i) => i.message)).toEqual(['report.categoryRequired', 'validation.required']);
    expect([en.report.categoryRequired, el.report.categoryRequired].every(Boolean)).toBe(true);
    expect(reportSchema.safeParse({ category: 'spam', text: 'x'.repeat(REPORT_TEXT_MAX + 1) }).success).toBe(false);
    expect(reportSchema.safeParse({ category: 'spam', text: ' Spam links ' }).data?.text).toBe('Spam links');
  });
});
