import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import type { FieldError, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

interface FieldProps {
  label: string;
  error?: FieldError | string;
  hint?: ReactNode;
  required?: boolean;
}

function errorText(error: FieldError | string | undefined, t: (k: string) => string): string | undefined {
  if (!error) return undefined;
  if (typeof error === 'string') return error;
  // Client-side (zod) messages are catalogue keys; the API's arrive already translated.
  if (error.type === 'server') return error.message;
  return error.message ? t(error.message) : t('validation.invalid');
}

/** What ties a control to its frame: spread on the input, textarea or select. */
interface ControlAria {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

/** The label, hint and error around one control, tied to it by id (aria-describedby). */
function FieldFrame({
  label,
  error,
  hint,
  required,
  control,
}: FieldProps & { control: (aria: ControlAria) => ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const message = errorText(error, t);
  const described = [hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${message ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> ({t('common.required')})</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {control({
        id,
        'aria-describedby': described || undefined,
        'aria-invalid': message ? true : undefined,
        'aria-required': required || undefined,
      })}
      {message && (
        <p id={`${id}-error`} className="field-error">
          {message}
        </p>
      )}
    </div>
  );
}

/** A labelled input whose hint and error are tied to it (aria-describedby, aria-invalid). */
export function TextField({
  label,
  error,
  hint,
  required,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame
      label={label}
      error={error}
      hint={hint}
      required={required}
      control={(a) => <input {...a} {...input} />}
    />
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  required,
  ...input
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame
      label={label}
      error={error}
      hint={hint}
      required={required}
      control={(a) => <textarea {...a} {...input} />}
    />
  );
}

/** A labelled native select, its hint and error tied to it as TextField's are; `placeholder`
 *  adds a first, empty choice ("Choose…"). */
export function SelectField({
  label,
  error,
  hint,
  required,
  options,
  placeholder,
  ...select
}: FieldProps &
  SelectHTMLAttributes<HTMLSelectElement> & {
    options: readonly { value: string; label: string }[];
    placeholder?: string;
  }) {
  return (
    <FieldFrame
      label={label}
      error={error}
      hint={hint}
      required={required}
      control={(a) => (
        <select {...a} {...select}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/** A form-level error (not tied to one field), announced when it appears. */
export function FormAlert({ children }: { children?: ReactNode }) {
  if (!children) return null;
  return (
    <div className="form-alert" role="alert">
      {children}
    </div>
  );
}

/** Puts the API's VALIDATION_FAILED field problems on the form's fields; returns the message
 *  for the form itself when some problem names no field of the form. */
export function applyApiError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  let unplaced = error.fields.length === 0;
  for (const problem of error.fields) {
    const field = problem.field as Path<T>;
    if (fields.includes(field)) setError(field, { type: 'server', message: problem.message });
    else unplaced = true;
  }
  return unplaced ? error.message : undefined;
}
