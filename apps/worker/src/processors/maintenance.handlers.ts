import type { AuthService } from '@syndesmos/auth';
import { handler, type AnyHandlerRegistration } from '@syndesmos/jobs';

export function maintenanceHandlers(auth: AuthService): AnyHandlerRegistration[] {
  return [
    handler('auth.purge-ended-sessions', async (data) => ({
      purged: await auth.purgeEndedSessions(data.olderThanDays),
    })),
  ];
}
