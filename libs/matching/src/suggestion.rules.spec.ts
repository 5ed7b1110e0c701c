import { acceptanceRate, actionApplies, suggestionAccess, type OwnerStanding } from './suggestion.rules';

const standing = (roles: Record<string, 'owner' | 'admin' | 'member'>): OwnerStanding => ({
  memberOf: (id) => id in roles,
  adminOf: (id) => roles[id] === 'owner' || roles[id] === 'admin',
});

describe('who may see and act on a suggestion', () => {
  it('lets every member of the subject’s organisation see its suggestions', () => {
    expect(suggestionAccess('org', standing({ org: 'member' }), 'see')).toBe('allowed');
    expect(suggestionAccess('org', standing({ org: 'owner' }), 'see')).toBe('allowed');
  });

  it('lets only owners and admins act; other members are forbidden', () => {
    expect(suggestionAccess('org', standing({ org: 'admin' }), 'act')).toBe('allowed');
    expect(suggestionAccess('org', standing({ org: 'member' }), 'act')).toBe('forbidden');
  });

  it('hides them from anyone outside the organisation, and when the subject has no organisation', () => {
    expect(suggestionAccess('org', standing({ other: 'owner' }), 'see')).toBe('not_found');
    expect(suggestionAccess('org', standing({ other: 'owner' }), 'act')).toBe('not_found');
    expect(suggestionAccess(null, standing({ org: 'owner' }), 'see')).toBe('not_found');
  });
});

describe('what acting on a suggestion can do', () => {
  it('messages suggested organisations, invites into consortia, answers calls', () => {
    const orgToOrg = { subjectKind: 'organisation', targetKind: 'organisation' } as const;
    const orgToCall = { subjectKind: 'organisation', targetKind: 'call' } as const;
    const consortiumToOrg = { subjectKind: 'consortium', targetKind: 'organisation' } as const;
    expect(actionApplies('message', orgToOrg)).toBe(true);
    expect(actionApplies('invite', orgToOrg)).toBe(false);
    expect(actionApplies('answer', orgToOrg)).toBe(false);
    expect(actionApplies('invite', consortiumToOrg)).toBe(true);
    expect(actionApplies('message', consortiumToOrg)).toBe(true);
    expect(actionApplies('answer', orgToCall)).toBe(true);
    expect(actionApplies('message', orgToCall)).toBe(false);
  });

  it('measures acceptance as acted and saved over suggested', () => {
    expect(acceptanceRate({ suggested: 3, saved: 1, acted: 0 })).toBe(0.333);
    expect(acceptanceRate({ suggested: 0, saved: 0, acted: 0 })).toBe(0);
  });
});
