import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n';

// Each language is named in itself, so anyone finds their own whatever the interface shows.
const NAMES: Record<(typeof LANGUAGES)[number], string> = { en: 'English', el: 'Ελληνικά' };

/** The account's language: a native select (two options need no picker), labelled like TextField. */
export function LanguageField({
  label,
  hint,
  error,
  ...select
}: { label: string; hint?: ReactNode; error?: FieldError } & SelectHTMLAttributes<HTMLSelectElement>) {
  const { t } = useTranslation();
  const id = useId();
  const message = error
    ? error.type === 'server'
      ? error.message
      : t(error.message ?? 'validation.invalid')
    : undefined;
  const described = [hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${message ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <select id={id} aria-invalid={message ? true : undefined} aria-describedby={described || undefined} {...select}>
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {NAMES[lng]}
          </option>
        ))}
      </select>
      {message && (
        <p id={`${id}-error`} className="field-error">
          {message}
        </p>
      )}
    </div>
  );
}
