import { describe, expect, it } from 'vitest';
import { safeRedirect } from './redirect';

describe('where to go after signing in or up', () => {
  it('keeps a path of this site, with its query', () => {
    expect(safeRedirect('/invitations/accept?token=abc')).toBe('/invitations/accept?token=abc');
  });

  it('never leaves the site', () => {
    for (const target of ['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '']) {
      expect(safeRedirect(target)).toBe('/my/organisations');
    }
    expect(safeRedirect(undefined)).toBe('/my/organisations');
  });
});
