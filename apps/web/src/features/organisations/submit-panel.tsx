import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type FieldProblem, type Schemas } from '../../api/client';
import { updateUser, type User } from '../../api/session';
import { errorMessage } from '../../components/states';
import { formatNumber } from '../../i18n/format';
import { labelLookup, useTaxonomies } from '../taxonomies/use-taxonomies';
import {
  CHECKLIST_FIELDS,
  DESCRIPTION_MIN_FOR_SUBMISSION,
  isComplete,
  submitChecklist,
  type ChecklistField,
} from './checklist';
import { ConfirmDialog } from './confirm-dialog';
import { maySubmit } from './permissions';
import type { ProfileFormValues } from './profile-form';
import { organisationKey } from './use-organisation';
import { myOrganisationsKey } from './my-organisations';

type Organisation = Schemas['OrganisationResponseDto'];

/** The checklist from what the form holds now, so it ticks as the profile is filled in. */
export function useLiveChecklist(control: Control<ProfileFormValues>) {
  const [city, naceSections, sizeBand, description, topics, languages, contact] = useWatch({
    control,
    name: CHECKLIST_FIELDS,
  });
  const anyContact = [contact.name, contact.email, contact.phone, contact.role].some((v) => v.trim() !== '');
  return {
    items: submitChecklist({
      city,
      naceSections,
      sizeBand: sizeBand || null,
      description,
      topics,
      languages,
      contactPerson: anyContact ? contact : null,
    }),
    descriptionLength: description.trim().length,
  };
}

function ChecklistLabel({ field, descriptionLength }: { field: ChecklistField; descriptionLength: number }) {
  const { t } = useTranslation();
  if (field === 'description') {
    return (
      <>
        {t('editor.checklist.description', { min: DESCRIPTION_MIN_FOR_SUBMISSION })}{' '}
        <span className="muted">
          {t('editor.checklist.descriptionNow', {
            count: descriptionLength,
            formatted: formatNumber(descriptionLength),
          })}
        </span>
      </>
    );
  }
  return <>{t(`editor.checklist.${field}`)}</>;
}

const isChecklistField = (field: string): field is ChecklistField =>
  (CHECKLIST_FIELDS as readonly string[]).includes(field);

/** What submit still needs, and the submit / withdraw steps with their confirmation (for members
 *  of a draft, rejected or submitted organisation). */
export function SubmitPanel({
  organisation,
  user,
  control,
  dirty,
  onGoToField,
}: {
  organisation: Organisation;
  user: User;
  control: Control<ProfileFormValues>;
  dirty: boolean;
  onGoToField: (field: ChecklistField) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const taxonomies = useTaxonomies();
  const country = labelLookup(taxonomies.data)('countries', organisation.profile.country);
  const { items, descriptionLength } = useLiveChecklist(control);
  const [confirming, setConfirming] = useState<'submit' | 'withdraw'>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; missing: FieldProblem[] }>();
  const [failure, setFailure] = useState<string>();
  const [done, setDone] = useState<string>();
  const [mail, setMail] = useState<string>();
  const status = organisation.status;
  const submittable = maySubmit(status);
  const complete = isComplete(items);
  const unverified = user.emailVerified === false;
  const doneCount = items.filter((i) => i.done).length;
  const missing = items.filter((i) => !i.done);
  // Submitting is offered only once it can succeed: verified, complete and saved.
  const blocked = unverified || !complete || dirty || busy;

  const act = async (step: 'submit' | 'withdraw') => {
    setBusy(true);
    setFailure(undefined);
    setRefusal(undefined);
    setDone(undefined);
    try {
      const path = { params: { path: { id: organisation.id } } };
      const updated = unwrap(
        step === 'submit'
          ? await api.POST('/v1/organisations/{id}/submit', path)
          : await api.POST('/v1/organisations/{id}/withdraw', path),
      );
      queryClient.setQueryData(organisationKey(organisation.id), updated);
      await queryClient.invalidateQueries({ queryKey: myOrganisationsKey });
      setDone(step === 'submit' ? t('editor.submit.done', { country }) : t('editor.withdraw.done'));
      // The button pressed is gone with the old status: start again at the new banner.
      requestAnimationFrame(() => document.getElementById('status-banner-title')?.focus());
    } catch (error) {
      if (error instanceof ApiError && error.code === 'PROFILE_INCOMPLETE') {
        setRefusal({ message: error.message, missing: error.fields });
      } else if (error instanceof ApiError && error.code === 'EMAIL_NOT_VERIFIED') {
        updateUser({ ...user, emailVerified: false });
        setFailure(error.message);
      } else {
        setFailure(errorMessage(error, t));
      }
    } finally {
      setBusy(false);
      setConfirming(undefined);
    }
  };

  const resend = async () => {
    setMail(undefined);
    try {
      unwrap(await api.POST('/v1/me/verification'));
      setMail(t('editor.verify.sent', { email: user.email }));
    } catch (error) {
      setMail(errorMessage(error, t));
    }
  };

  const recheck = async () => {
    setMail(undefined);
    try {
      const me = unwrap(await api.GET('/v1/me'));
      updateUser(me);
      if (!me.emailVerified) setMail(t('editor.verify.stillUnverified'));
    } catch (error) {
      setMail(errorMessage(error, t));
    }
  };

  return (
    <aside className="submit-panel" aria-labelledby="submit-panel-title">
      {submittable ? (
        <>
          <h2 id="submit-panel-title" tabIndex={-1}>
            {t('editor.checklist.title')}
          </h2>
          <p className="muted" id="checklist-progress">
            {t('editor.checklist.progress', { done: doneCount, total: items.length })}
          </p>
          <ul className="checklist" aria-describedby="checklist-progress">
            {items.map((item) => (
              <li key={item.field} className={item.done ? 'checklist-done' : 'checklist-todo'}>
                <span className="checklist-mark" aria-hidden="true">
                  {item.done ? '✓' : ''}
                </span>
                <span className="visually-hidden">
                  {item.done ? t('editor.checklist.done') : t('editor.checklist.todo')}:{' '}
                </span>
                <span className="checklist-text">
                  <ChecklistLabel field={item.field} descriptionLength={descriptionLength} />
                  {!item.done && (
                    <>
                      {' '}
                      <button type="button" className="link-button" onClick={() => onGoToField(item.field)}>
                        {t('editor.checklist.goTo')}
                        <span className="visually-hidden">: {t(`profile.fields.${item.field}`)}</span>
                      </button>
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <h2 id="submit-panel-title">{t('editor.withdraw.title')}</h2>
      )}

      {refusal && (
        <div className="notice notice-danger" role="alert">
          <p>
            <strong>{t('editor.submit.refused')}</strong> {refusal.message}
          </p>
          <ul>
            {refusal.missing.map((problem) => (
              <li key={`${problem.field}-${problem.problem}`}>
                {isChecklistField(problem.field) ? (
                  <ChecklistLabel field={problem.field} descriptionLength={descriptionLength} />
                ) : (
                  problem.message
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {failure && (
        <div className="notice notice-danger" role="alert">
          {failure}
        </div>
      )}
      {done && (
        <p className="notice notice-success" role="status">
          {done}
        </p>
      )}

      {submittable && (
        <div className="submit-actions">
          {unverified && (
            <div className="notice notice-warning" id="verify-needed">
              <p>{t('editor.verify.needed', { email: user.email })}</p>
              <div className="actions">
                <button type="button" className="button button-secondary button-small" onClick={() => void resend()}>
                  {t('editor.verify.resend')}
                </button>
                <button type="button" className="button button-secondary button-small" onClick={() => void recheck()}>
                  {t('editor.verify.recheck')}
                </button>
              </div>
              {mail && <p role="status">{mail}</p>}
            </div>
          )}
          {!unverified && !complete && (
            // What is missing, by the button: saving would not help yet.
            <div className="muted" id="submit-blocked">
              <p>{t('editor.submit.incomplete')}</p>
              <ul>
                {missing.map((item) => (
                  <li key={item.field}>
                    <ChecklistLabel field={item.field} descriptionLength={descriptionLength} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          {!unverified && complete && dirty && (
            <p className="muted" id="submit-blocked">
              {t('editor.submit.saveFirst')}
            </p>
          )}
          <button
            type="button"
            className="button"
            // Stays focusable and says why it cannot be used yet (aria-disabled, not disabled).
            aria-disabled={blocked ? true : undefined}
            aria-describedby={unverified ? 'verify-needed' : dirty || !complete ? 'submit-blocked' : undefined}
            onClick={() => {
              if (blocked) return;
              setConfirming('submit');
            }}
          >
            {t('editor.submit.button', { country })}
          </button>
        </div>
      )}

      {status === 'submitted' && (
        <div className="submit-actions">
          <p>{t('editor.withdraw.explain')}</p>
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => setConfirming('withdraw')}
          >
            {t('editor.withdraw.button')}
          </button>
        </div>
      )}

      <ConfirmDialog
        isOpen={confirming === 'submit'}
        title={t('editor.submit.confirmTitle', { country })}
        confirmLabel={t('editor.submit.confirm')}
        busy={busy}
        onConfirm={() => void act('submit')}
        onCancel={() => setConfirming(undefined)}
      >
        <p>{t('editor.submit.confirmBody', { name: organisation.profile.displayName, country })}</p>
        <p>{t('editor.submit.confirmWhile')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={confirming === 'withdraw'}
        title={t('editor.withdraw.confirmTitle')}
        confirmLabel={t('editor.withdraw.confirm')}
        busy={busy}
        danger
        onConfirm={() => void act('withdraw')}
        onCancel={() => setConfirming(undefined)}
      >
        <p>{t('editor.withdraw.confirmBody', { country })}</p>
      </ConfirmDialog>
    </aside>
  );
}

/** On narrow screens the checklist comes after the form: this line says where it stands and
 *  takes the reader there. */
export function ChecklistSummary({ control }: { control: Control<ProfileFormValues> }) {
  const { t } = useTranslation();
  const { items } = useLiveChecklist(control);
  const done = items.filter((i) => i.done).length;
  const go = () => {
    const heading = document.getElementById('submit-panel-title');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  return (
    <p className="checklist-summary">
      {t('editor.checklist.summary', { done, total: items.length })}{' '}
      <button type="button" className="link-button" onClick={go}>
        {t('editor.checklist.show')}
      </button>
    </p>
  );
}
