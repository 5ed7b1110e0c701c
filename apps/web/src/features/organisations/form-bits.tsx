import type { ReactNode } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

type T = (key: string, options?: Record<string, unknown>) => string;

/** A react-hook-form error as words: client messages are catalogue keys, the API's are text. */
export function messageOf(error: FieldError | undefined, t: T): string | undefined {
  if (!error) return undefined;
  if (error.type === 'server') return error.message;
  return error.message ? t(error.message) : t('validation.invalid');
}

/** A format hint (OID, PIC) that says so once the value has the right shape. */
export function FormatOk({ ok, children }: { ok: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      {children}
      {ok && (
        <span className="format-ok">
          {' '}
          <span aria-hidden="true">✓</span> {t('editor.formatOk')}
        </span>
      )}
    </>
  );
}
