import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import el from '../../i18n/el.json';
import en from '../../i18n/en.json';
import { DECISION_ACTIONS, decisionActor, isModeration } from './decisions';
import { MEMBER_ROLES } from './member-permissions';

const openapi = JSON.parse(readFileSync(join(__dirname, '../../../../../openapi.json'), 'utf8'));
const names = new Map([['u-maria', 'Μαρία Παπαδοπούλου']]);
const entry = (action: keyof typeof DECISION_ACTIONS, actorId: string | null) => ({
  action,
  actorId,
  country: 'GR' as const,
});

describe('decisionActor', () => {
  it('names a member from the member list', () => {
    expect(decisionActor(entry('submitted', 'u-maria'), names)).toEqual({ kind: 'named', name: 'Μαρία Παπαδοπούλου' });
  });

  it('prefers the name the API gives', () => {
    expect(decisionActor({ ...entry('approved', 'u-na'), actorName: 'Ελένη Γεωργίου' }, names)).toEqual({
      kind: 'named',
      name: 'Ελένη Γεωργίου',
    });
  });

  it('names a moderator by the National Agency of the country, anyone else as a former member', () => {
    expect(decisionActor(entry('rejected', 'u-na'), names)).toEqual({ kind: 'agency', country: 'GR' });
    expect(decisionActor(entry('withdrawn', 'u-gone'), names)).toEqual({ kind: 'formerMember' });
  });

  it('says when the account is gone', () => {
    expect(decisionActor(entry('submitted', null), names)).toEqual({ kind: 'deleted' });
  });

  it('tells moderation from lifecycle steps', () => {
    expect(isModeration('approved')).toBe(true);
    expect(isModeration('revision_proposed')).toBe(false);
  });
});

describe('the catalogues of the team screens', () => {
  it('name every action the API records, in both languages', () => {
    const actions = openapi.components.schemas.AuditEntryDto.properties.action.enum as string[];
    expect(Object.keys(DECISION_ACTIONS).sort()).toEqual([...actions].sort());
    for (const action of actions) {
      expect(en.decisions.actions).toHaveProperty(action);
      expect(el.decisions.actions).toHaveProperty(action);
    }
  });

  it('name every role and every organisation status', () => {
    const roles = openapi.components.schemas.MemberResponseDto.properties.role.enum as string[];
    expect([...MEMBER_ROLES]).toEqual(roles);
    for (const role of roles) {
      expect(en.members.roles).toHaveProperty(role);
      expect(el.members.roles).toHaveProperty(role);
      expect(en.members.guide).toHaveProperty(role);
      expect(el.members.guide).toHaveProperty(role);
    }
    const statuses = openapi.components.schemas.OrganisationResponseDto.properties.status.enum as string[];
    for (const status of statuses) {
      expect(en.publicProfile.status).toHaveProperty(status);
      expect(el.publicProfile.status).toHaveProperty(status);
    }
  });
});
