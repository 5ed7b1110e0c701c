import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { ApiError, api, unwrap, unwrapEmpty } from '../../api/client';
import { FormAlert, TextField, applyApiError } from '../../components/form';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { LoadMore } from '../../components/load-more';
import { formatDate } from '../../i18n/format';
import { emailSchema } from '../auth/schemas';
import { MEMBER_ROLES, invitableRoles, type MemberRole } from './member-permissions';
import { flattenPages, invitationsKey, useInvitations, type IssuedInvitation } from './team-queries';
import { teamErrorMessage } from './team-errors';
import './team.css';

const inviteSchema = z.object({
  email: emailSchema,
  role: z.enum(MEMBER_ROLES as [MemberRole, ...MemberRole[]]),
});
type InviteValues = z.infer<typeof inviteSchema>;

/** The invitation link, shown once, with a button that copies it. */
function CopyLink({ url }: { url: string }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      // No clipboard (permission refused): leave the link selected for Ctrl+C.
      input.current?.select();
      setCopied('failed');
    }
  };
  return (
    <div className="field copy-link">
      <label htmlFor={id}>{t('members.invite.link')}</label>
      <p id={`${id}-hint`} className="field-hint">
        {t('members.invite.linkHint')}
      </p>
      <div className="copy-link-row">
        <input
          id={id}
          ref={input}
          type="text"
          readOnly
          value={url}
          aria-describedby={`${id}-hint`}
          onFocus={(e) => e.target.select()}
        />
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          {t('members.invite.copy')}
        </button>
      </div>
      <p className="copy-link-status" role="status">
        {copied === 'yes' ? t('members.invite.copied') : copied === 'failed' ? t('members.invite.copyFailed') : ''}
      </p>
    </div>
  );
}

/** Invites someone by e-mail with a role the signed-in user may give. */
export function InviteForm({ organisationId, myRole }: { organisationId: string; myRole: MemberRole }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const roleId = useId();
  const roles = invitableRoles(myRole);
  const [issued, setIssued] = useState<IssuedInvitation>();
  const [failure, setFailure] = useState<string>();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<InviteValues>({
    mode: 'onTouched',
    resolver: zodResolver(inviteSchema),
    defaultValues: { email: '', role: 'member' },
  });

  const submit = handleSubmit(async (values) => {
    setFailure(undefined);
    setIssued(undefined);
    try {
      const invitation = unwrap(
        await api.POST('/v1/organisations/{id}/invitations', {
          params: { path: { id: organisationId } },
          body: values,
        }),
      );
      setIssued(invitation);
      reset({ email: '', role: values.role });
      await queryClient.invalidateQueries({ queryKey: invitationsKey(organisationId) });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'ALREADY_MEMBER') {
        setError('email', { type: 'server', message: t('members.invite.alreadyMember') });
        return;
      }
      const rest = applyApiError(error, setError, ['email', 'role']);
      // Problems placed on their fields need no second message above the form.
      if (rest !== undefined || !(error instanceof ApiError)) setFailure(teamErrorMessage(error, t));
    }
  });

  return (
    <>
      <form className="form invite-form" noValidate onSubmit={(e) => void submit(e)}>
        <FormAlert>{failure}</FormAlert>
        <TextField
          label={t('members.invite.email')}
          type="email"
          autoComplete="off"
          required
          error={errors.email}
          {...register('email')}
        />
        <div className="field">
          <label htmlFor={roleId}>{t('members.invite.role')}</label>
          {myRole !== 'owner' && (
            <p id={`${roleId}-hint`} className="field-hint">
              {t('members.invite.roleHint')}
            </p>
          )}
          <select
            id={roleId}
            aria-describedby={myRole !== 'owner' ? `${roleId}-hint` : undefined}
            {...register('role')}
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`members.roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? t('members.invite.submitting') : t('members.invite.submit')}
        </button>
      </form>
      {issued && (
        <div className="notice notice-success invite-issued">
          <p role="status">
            {t('members.invite.sent', {
              email: issued.email,
              role: t(`members.roles.${issued.role}`),
              date: formatDate(issued.expiresAt),
            })}
          </p>
          <CopyLink url={issued.acceptUrl} />
        </div>
      )}
    </>
  );
}

/** The invitations not yet accepted, newest first, each revocable. */
export function InvitationList({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const invitations = useInvitations(organisationId, true);
  const [done, setDone] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const revoke = useMutation({
    mutationFn: async (invitation: { id: string; email: string }) =>
      unwrapEmpty(
        await api.DELETE('/v1/organisations/{id}/invitations/{invitationId}', {
          params: { path: { id: organisationId, invitationId: invitation.id } },
        }),
      ),
    onMutate: () => {
      setDone(undefined);
      setFailure(undefined);
    },
    onSuccess: async (_, invitation) => {
      setDone(t('members.invitations.revoked', { email: invitation.email }));
      await queryClient.invalidateQueries({ queryKey: invitationsKey(organisationId) });
    },
    onError: (error) => setFailure(teamErrorMessage(error, t)),
  });

  if (invitations.isPending) return <Loading />;
  if (invitations.isError) return <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />;
  const items = flattenPages(invitations.data.pages);
  return (
    <>
      {done && (
        <p className="notice notice-success" role="status">
          {done}
        </p>
      )}
      <FormAlert>{failure}</FormAlert>
      {items.length === 0 ? (
        <EmptyState title={t('members.invitations.empty')} />
      ) : (
        <ul className="invitation-list">
          {items.map((invitation) => (
            <li key={invitation.id} className="invitation">
              <div>
                <p className="member-name">{invitation.email}</p>
                <p className="member-joined">
                  {t(`members.roles.${invitation.role}`)} ·{' '}
                  {t('members.invitations.expires', { date: formatDate(invitation.expiresAt) })}
                </p>
              </div>
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={revoke.isPending}
                aria-label={t('members.invitations.revokeNamed', { email: invitation.email })}
                onClick={() => revoke.mutate(invitation)}
              >
                {t('members.invitations.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <LoadMore pages={invitations} label={t('members.more')} />
    </>
  );
}
