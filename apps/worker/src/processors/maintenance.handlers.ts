import type { AuthService } from '@syndesmos/auth';
import { handler, type HandlerRegistration } from '@syndesmos/jobs';

export function maintenanceHandlers(auth: AuthService): HandlerRegistration[] {
  return [
    handler('auth.purge-ended-sessions', async (data) => ({
      purged: await auth.purgeEndedSessions(data.olderThanDays),
    })),
  ];
}
