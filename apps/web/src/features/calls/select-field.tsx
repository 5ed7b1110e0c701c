import { forwardRef, useId, type SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTNER_ROLES } from './call-form';

// A labelled native select with its hint and error tied to it, as TextField does for inputs:
// the calls forms choose an organisation and a role this way.

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  hint?: string;
  /** Already in words. */
  error?: string;
  required?: boolean;
  options: readonly { value: string; label: string }[];
  /** A first, empty choice ("Choose…"). */
  placeholder?: string;
};

export const SelectField = forwardRef<HTMLSelectElement, Props>(function SelectField(
  { label, hint, error, required, options, placeholder, ...select },
  ref,
) {
  const { t } = useTranslation();
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> ({t('common.required')})</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <select
        id={id}
        ref={ref}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
});

/** The role choices (full or associated partner) in the interface language. */
export function useRoleOptions() {
  const { t } = useTranslation();
  return PARTNER_ROLES.map((r) => ({ value: r, label: t(`calls.roles.${r}`) }));
}
