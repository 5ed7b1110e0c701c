import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, unwrapEmpty } from '../../api/client';
import { endSessionLocally, type User } from '../../api/session';
import { flashNotice } from '../../components/flash';
import { applyApiError, FormAlert, TextField } from '../../components/form';
import { errorMessage, ErrorState, Loading } from '../../components/states';
import { formatDate } from '../../i18n/format';
import { isApiError } from '../auth/errors';
import { deleteAccountSchema, type DeleteAccountValues } from '../auth/schemas';
import { loadDeletionOutcomes, type DeletionOutcome } from './deletion';

function Outcome({ outcome }: { outcome: DeletionOutcome }) {
  const { t } = useTranslation();
  const name = <strong>{outcome.organisation.profile.displayName}</strong>;
  if (outcome.kind === 'passes') {
    return (
      <li className="outcome outcome-passes">
        {name}:{' '}
        {t('account.delete.passesTo', {
          name: outcome.heir.displayName,
          since: formatDate(outcome.heir.joinedAt),
        })}
      </li>
    );
  }
  if (outcome.kind === 'deleted') {
    return (
      <li className="outcome outcome-deleted">
        {name}: <span className="badge badge-danger">{t('account.delete.willBeDeleted')}</span>{' '}
        {t('account.delete.deletedDetail')}
      </li>
    );
  }
  return (
    <li className="outcome">
      {name}: {t('account.delete.youLeave')}
    </li>
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
        <ul className="outcomes">
          {outcomes.data.map((o) => (
            <Outcome key={o.organisation.id} outcome={o} />
          ))}
        </ul>
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
      endSessionLocally();
      queryClient.clear();
      flashNotice('accountDeleted', '/');
      await navigate({ to: '/', replace: true });
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
        <TextField
          label={t('fields.currentPassword')}
          hint={t('account.delete.passwordHint')}
          type="password"
          autoComplete="current-password"
          required
          error={errors.password}
          {...register('password')}
        />
        <div className="actions">
          <button type="submit" className="button button-danger" disabled={isSubmitting}>
            {isSubmitting ? t('account.delete.deleting') : t('account.delete.confirm')}
          </button>
          <button type="button" className="button button-secondary" onClick={close} disabled={isSubmitting}>
            {t('common.cancel')}
          </button>
        </div>
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
