import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { describeValue, FieldChanges, listItems, type FieldChange } from './field-changes';

const t = (key: string, options?: Record<string, unknown>) => (options ? `${key}:${JSON.stringify(options)}` : key);
const label = (_kind: string, code: string) => `<${code}>`;

afterEach(cleanup);

describe('describeValue', () => {
  it('says a cleared value is empty rather than showing nothing', () => {
    expect(describeValue('pic', null, label, t)).toBe('profile.empty');
    expect(describeValue('city', '', label, t)).toBe('profile.empty');
    expect(describeValue('naceSections', [], label, t)).toBe('profile.empty');
  });

  it('names codes through the taxonomy labels', () => {
    expect(describeValue('country', 'GR', label, t)).toBe('<GR>');
    expect(describeValue('sizeBand', '10-49', label, t)).toBe('<10-49>');
  });

  it('reads experience and a contact person as sentences', () => {
    expect(describeValue('experience', { level: 'coordinated', pastProjects: 2 }, label, t)).toBe(
      'profile.experienceLevels.coordinated; profile.pastProjects:{"count":2}',
    );
    expect(describeValue('contactPerson', { name: 'Maria', email: 'm@x.gr', phone: null, role: 'EU' }, label, t)).toBe(
      'Maria · EU · m@x.gr',
    );
  });
});

describe('listItems', () => {
  it('marks the items only one side has', () => {
    const before = listItems(['P', 'C'], ['P', 'M'], 'removed', (c) => c);
    const after = listItems(['P', 'M'], ['P', 'C'], 'added', (c) => c);
    expect(before.filter((i) => i.changed).map((i) => i.code)).toEqual(['C']);
    expect(after.filter((i) => i.changed).map((i) => i.code)).toEqual(['M']);
  });
});

describe('FieldChanges', () => {
  const changes: FieldChange[] = [
    { field: 'description', before: 'Old <b>text</b>', after: 'New <script>alert(1)</script>' },
    { field: 'topics', before: ['digital_skills', 'green_skills'], after: ['digital_skills', 'inclusion'] },
  ];

  it('shows each field with its live and proposed value, as text', async () => {
    const { container } = await renderWithApp(<FieldChanges changes={changes} />);
    expect(screen.getByRole('rowheader', { name: 'Description' })).toBeTruthy();
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByText('New <script>alert(1)</script>')).toBeTruthy();
    expect(container.querySelector('del')?.textContent).toContain('green_skills');
    expect(container.querySelector('ins')?.textContent).toContain('inclusion');
  });

  it('labels the columns in Greek', async () => {
    await renderWithApp(<FieldChanges changes={changes} />, 'el');
    expect(screen.getByRole('columnheader', { name: 'Προτεινόμενο' })).toBeTruthy();
  });
});
