import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { startSession } from '../api/session';
import { FormAlert, TextField } from '../components/form';
import { PageTitle } from '../components/page';
import { errorMessage } from '../components/states';
import { safeRedirect } from '../features/auth/redirect';
import { signInBody, signInProblems, type SignInValues } from '../features/auth/sign-in-rules';

type Field = keyof SignInValues;
const FIELDS: Field[] = ['email', 'password'];

// Two fields, checked as the other forms check theirs (a field once left is checked as it is
// typed in; submitting checks both and focuses the first problem), with plain React state:
// react-hook-form would be the largest part of this page's JavaScript.
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { redirect } = useSearch({ from: '/sign-in' });
  const [failure, setFailure] = useState<string>();
  const [values, setValues] = useState<SignInValues>({ email: '', password: '' });
  const [checked, setChecked] = useState<Partial<Record<Field, true>>>({});
  const [submitting, setSubmitting] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const problems = signInProblems(values);
  const error = (field: Field) => (checked[field] && problems[field] ? t(problems[field]) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked({ email: true, password: true });
    const first = FIELDS.find((f) => problems[f]);
    if (first) {
      form.current?.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setFailure(undefined);
    setSubmitting(true);
    try {
      const session = unwrap(
        await api.POST('/v1/auth/login', { body: { ...signInBody(values), refreshTokenIn: 'cookie' } }),
      );
      startSession(session.user, session);
      await navigate({ href: safeRedirect(redirect), replace: true });
    } catch (err) {
      setFailure(errorMessage(err, t));
    } finally {
      setSubmitting(false);
    }
  };

  const input = (field: Field) => ({
    name: field,
    value: values[field],
    error: error(field),
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value })),
    onBlur: () => setChecked((c) => ({ ...c, [field]: true })),
  });

  return (
    <section className="page narrow">
      <PageTitle>{t('signIn.title')}</PageTitle>
      <form ref={form} onSubmit={(e) => void submit(e)} noValidate className="form">
        <FormAlert>{failure}</FormAlert>
        <TextField label={t('fields.email')} type="email" autoComplete="email" required {...input('email')} />
        <TextField
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          required
          {...input('password')}
        />
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
      </p>
      <p>
        {t('signIn.noAccount')} <Link to="/sign-up">{t('signIn.signUp')}</Link>
      </p>
    </section>
  );
}
