import { ApiError } from '../../api/client';
import { errorMessage } from '../../components/states';

/** What a refused member or invitation action means to the person who tried it. */
export function teamErrorMessage(error: unknown, t: (key: string) => string): string {
  if (error instanceof ApiError) {
    if (error.code === 'LAST_OWNER') return t('members.errors.lastOwner');
    if (error.code === 'FORBIDDEN') return t('members.errors.forbidden');
    if (error.code === 'NOT_FOUND') return t('members.errors.gone');
  }
  return errorMessage(error, t);
}
