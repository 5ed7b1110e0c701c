import { describe as describeNotification } from './kinds';

describe('notification titles', () => {
  const payload = { organisationName: 'AITT Limassol', suggestedName: 'ZSOiL Gdańsk', suggestedId: 'o1' };

  it('names the one partner a single suggestion found', () => {
    expect(describeNotification('match.suggested', payload, 'en').title).toBe(
      'A possible partner for AITT Limassol: ZSOiL Gdańsk',
    );
  });

  it('says how many partners a grouped entry holds, in both languages', () => {
    expect(describeNotification('match.suggested', payload, 'en', 12).title).toBe(
      '12 possible partners for AITT Limassol, among them ZSOiL Gdańsk',
    );
    expect(describeNotification('match.suggested', payload, 'el', 12).title).toBe(
      '12 πιθανοί εταίροι για τον οργανισμό AITT Limassol, ανάμεσά τους ο ZSOiL Gdańsk',
    );
  });
});
