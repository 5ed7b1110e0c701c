import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useId, useState, type ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, unwrapEmpty } from '../../api/client';
import { endSessionLocally, type User } from '../../api/session';
import { DialogActions } from '../../components/dialog-actions';
import { flashNotice } from '../../components/flash';
import { applyApiError, FormAlert, TextField } from '../../components/form';
import { errorMessage, ErrorState, Loading } from '../../components/states';
import { formatDate } from '../../i18n/format';
import { isApiError } from '../auth/errors';
import { deleteAccountSchema, type DeleteAccountValues } from '../auth/schemas';
import { loadDeletionOutcomes, type DeletionOutcome } from './deletion';

function OutcomeGroup({ title, detail, children }: { title: string; detail?: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="outcome-group">
      <p className="outcome-title" id={id}>
        {title}
      </p>
      <ul className="outcomes" aria-labelledby={id}>
        {children}
      </ul>
      {detail && <p className="outcome-detail">{detail}</p>}
    </div>
  );
}

function Outcomes({ outcomes }: { outcomes: DeletionOutcome[] }) {
  const { t } = useTranslation();
  const deleted = outcomes.filter((o) => o.kind === 'deleted');
  const passes = outcomes.flatMap((o) => (o.kind === 'passes' ? [o] : []));
  const leaves = outcomes.filter((o) => o.kind === 'leaves');
  return (
    <>
      {deleted.length > 0 && (
        <OutcomeGroup title={t('account.delete.deletedIntro')} detail={t('account.delete.deletedDetail')}>
          {deleted.map((o) => (
            <li key={o.organisation.id}>
              <strong>{o.organisation.profile.displayName}</strong>
            </li>
          ))}
        </OutcomeGroup>
      )}
      {passes.length > 0 && (
        <OutcomeGroup title={t('account.delete.passesIntro')}>
          {passes.map((o) => (
            <li key={o.organisation.id}>
              <strong>{o.organisation.profile.displayName}</strong>
              {': '}
              {t('account.delete.passesTo', { name: o.heir.displayName, since: formatDate(o.heir.joinedAt) })}
            </li>
          ))}
        </OutcomeGroup>
      )}
      {leaves.length > 0 && (
        <OutcomeGroup title={t('account.delete.leavesIntro')}>
          {leaves.map((o) => (
            <li key={o.organisation.id}>{o.organisation.profile.displayName}</li>
          ))}
        </OutcomeGroup>
      )}
    </>
  );
}

/** What deleting the account does to each organisation, read before the user confirms. */
function Consequences({ user }: { user: User }) {
  const { t } = useTranslation();
  const outcomes = useQuery({
    queryKey: ['account', 'deletion-outcomes', user.id],
    queryFn: () => loadDeletionOutcomes(user.id),
    staleTime: 0,
  });
  if (outcomes.isPending) return <Loading label={t('account.delete.loadingOutcomes')} />;
  if (outcomes.isError) return <ErrorState error={outcomes.error} onRetry={() => void outcomes.refetch()} />;
  return (
    <div className="consequences">
      <h3>{t('account.delete.organisationsTitle')}</h3>
      {outcomes.data.length === 0 ? (
        <p>{t('account.delete.noOrganisations')}</p>
      ) : (
        <Outcomes outcomes={outcomes.data} />
      )}
      <h3>{t('account.delete.alsoTitle')}</h3>
      <ul>
        <li>{t('account.delete.messages')}</li>
        <li>{t('account.delete.memberships')}</li>
        <li>{t('account.delete.final')}</li>
      </ul>
    </div>
  );
}

function DeleteForm({ user, close }: { user: User; close: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<DeleteAccountValues>({
    mode: 'onTouched',
    resolver: zodResolver(deleteAccountSchema),
    defaultValues: { password: '' },
  });

  const submit = handleSubmit(async ({ password }) => {
    setFailure(undefined);
    try {
      unwrapEmpty(await api.DELETE('/v1/me', { body: { password } }));
      // Leave the page first, so it does not send the signed-out user to sign in.
      flashNotice('accountDeleted', '/');
      await navigate({ to: '/', replace: true });
      endSessionLocally();
      queryClient.clear();
    } catch (error) {
      if (isApiError(error, 'WRONG_PASSWORD')) {
        setError('password', { type: 'server', message: t('account.wrongPassword') }, { shouldFocus: true });
      } else if (isApiError(error, 'VALIDATION_FAILED')) {
        setFailure(applyApiError(error, setError, ['password']));
      } else {
        setFailure(errorMessage(error, t));
      }
    }
  });

  return (
    <>
      <Consequences user={user} />
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        <FormAlert>{failure}</FormAlert>
        <input type="email" name="username" autoComplete="username" value={user.email} readOnly hidden />
        <TextField
          label={t('fields.currentPassword')}
          hint={t('account.delete.passwordHint')}
          type="password"
          autoComplete="current-password"
          required
          error={errors.password}
          {...register('password')}
        />
        <DialogActions
          label={t('account.delete.confirm')}
          busyLabel={t('account.delete.deleting')}
          busy={isSubmitting}
          danger
          onCancel={close}
        />
      </form>
    </>
  );
}

/** Delete the account, behind a dialog that first says what happens to the user's organisations. */
export function DeleteAccountSection({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <section className="account-section account-danger" aria-labelledby="account-delete">
      <h2 id="account-delete">{t('account.delete.title')}</h2>
      <p>{t('account.delete.lead')}</p>
      <DialogTrigger>
        <Button className="button button-danger">{t('account.delete.open')}</Button>
        <ModalOverlay className="modal-overlay">
          <Modal className="modal">
            <Dialog role="alertdialog" className="dialog">
              {({ close }) => (
                <>
                  <Heading slot="title" className="dialog-title">
                    {t('account.delete.dialogTitle')}
                  </Heading>
                  <p>{t('account.delete.dialogLead', { email: user.email })}</p>
                  <DeleteForm user={user} close={close} />
                </>
              )}
            </Dialog>
          </Modal>
        </ModalOverlay>
      </DialogTrigger>
    </section>
  );
}
