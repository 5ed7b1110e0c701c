import type { AuthService } from '@syndesmos/auth';
import type { CallService } from '@syndesmos/consortia';
import { handler, type AnyHandlerRegistration } from '@syndesmos/jobs';

export function maintenanceHandlers(auth: AuthService, calls: CallService): AnyHandlerRegistration[] {
  return [
    handler('auth.purge-ended-sessions', async (data) => ({
      purged: await auth.purgeEndedSessions(data.olderThanDays),
    })),
    handler('calls.expire-due', async () => ({ expired: await calls.expireDue() })),
  ];
}
