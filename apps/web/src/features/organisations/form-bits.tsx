import type { ReactNode } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from '../../components/form';
import { OID_PATTERN, PIC_PATTERN } from './profile-form';
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

interface IdFieldProps extends UseFormRegisterReturn {
  /** The value as typed, for the format hint. */
  value: string;
  error?: FieldError;
}

/** The Erasmus+ Organisation ID field (E + 8 digits), its format confirmed as one types. */
export function OidField({ value, error, ...input }: IdFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('profile.fields.oid')}
      required
      spellCheck={false}
      autoCapitalize="characters"
      maxLength={9}
      hint={<FormatOk ok={OID_PATTERN.test(value.trim())}>{t('editor.hints.oid')}</FormatOk>}
      error={error}
      {...input}
    />
  );
}

/** The older 9-digit PIC field, its format confirmed as one types. */
export function PicField({ value, error, ...input }: IdFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('profile.fields.pic')}
      inputMode="numeric"
      spellCheck={false}
      maxLength={9}
      hint={<FormatOk ok={PIC_PATTERN.test(value.trim())}>{t('editor.hints.pic')}</FormatOk>}
      error={error}
      {...input}
    />
  );
}
