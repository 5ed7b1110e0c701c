import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, unwrapEmpty } from '../../api/client';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { FormAlert } from '../../components/form';
import { LoadMore } from '../../components/load-more';
import { formatDate } from '../../i18n/format';
import { actionsOn, knownOwnerCount, type MemberActions, type MemberRole } from './member-permissions';
import { flattenPages, useMembers, type Member } from './team-queries';
import { teamErrorMessage } from './team-errors';
import { ConfirmDialog } from './modal-dialog';
import { organisationKey } from './use-organisation';
import './team.css';

type Pending = { kind: 'remove'; member: Member } | { kind: 'leave'; member: Member };

function RoleForm({
  member,
  actions,
  busy,
  onSave,
}: {
  member: Member;
  actions: MemberActions;
  busy: boolean;
  onSave: (role: MemberRole) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [role, setRole] = useState<MemberRole>(member.role);
  return (
    <form
      className="member-role-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (role !== member.role) onSave(role);
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('members.roleOf', { name: member.displayName })}
      </label>
      <select id={id} value={role} onChange={(e) => setRole(e.target.value as MemberRole)} disabled={busy}>
        {actions.roles.map((r) => (
          <option key={r} value={r}>
            {t(`members.roles.${r}`)}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="button button-secondary button-small"
        disabled={busy || role === member.role}
        aria-label={t('members.saveRoleOf', { name: member.displayName })}
      >
        {t('members.saveRole')}
      </button>
    </form>
  );
}

/** The organisation's members (owners first), with what the signed-in user may do to each. */
export function MemberList({
  organisationId,
  organisationName,
  me,
}: {
  organisationId: string;
  organisationName: string;
  me: { userId: string; role: MemberRole | null | undefined };
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const members = useMembers(organisationId);
  const [pending, setPending] = useState<Pending>();
  const [done, setDone] = useState<string>();
  const [failure, setFailure] = useState<string>();

  const refresh = () => queryClient.invalidateQueries({ queryKey: organisationKey(organisationId) });
  const begin = () => {
    setDone(undefined);
    setFailure(undefined);
  };

  const changeRole = useMutation({
    mutationFn: async ({ member, role }: { member: Member; role: MemberRole }) =>
      unwrap(
        await api.PATCH('/v1/organisations/{id}/members/{userId}', {
          params: { path: { id: organisationId, userId: member.userId } },
          body: { role },
        }),
      ),
    onMutate: begin,
    onSuccess: async (changed) => {
      setDone(t('members.roleChanged', { name: changed.displayName, role: t(`members.roles.${changed.role}`) }));
      await refresh();
    },
    onError: (error) => setFailure(teamErrorMessage(error, t)),
  });

  const remove = useMutation({
    mutationFn: async (member: Member) =>
      unwrapEmpty(
        await api.DELETE('/v1/organisations/{id}/members/{userId}', {
          params: { path: { id: organisationId, userId: member.userId } },
        }),
      ),
    onMutate: begin,
    onSuccess: async (_, member) => {
      setPending(undefined);
      if (member.userId === me.userId) {
        // Leave the page first: its queries would now answer 404.
        await navigate({ to: '/my/organisations' });
        queryClient.removeQueries({ queryKey: organisationKey(organisationId) });
        await queryClient.invalidateQueries();
        return;
      }
      setDone(t('members.removed', { name: member.displayName }));
      await refresh();
    },
    onError: (error) => {
      setPending(undefined);
      setFailure(teamErrorMessage(error, t));
    },
  });

  if (members.isPending) return <Loading />;
  if (members.isError) return <ErrorState error={members.error} onRetry={() => void members.refetch()} />;

  const items = flattenPages(members.data.pages);
  const owners = knownOwnerCount(items, !members.hasNextPage);
  const busy = changeRole.isPending || remove.isPending;

  return (
    <>
      {done && (
        <p className="notice notice-success" role="status">
          {done}
        </p>
      )}
      <FormAlert>{failure}</FormAlert>
      {items.length === 0 ? (
        <EmptyState title={t('members.empty')} />
      ) : (
        <ul className="member-list">
          {items.map((member) => {
            const self = member.userId === me.userId;
            const actions = actionsOn(me, member, owners);
            return (
              <li key={member.userId} className="member">
                <div className="member-who">
                  <p className="member-name">
                    {member.displayName}
                    {self && <span className="member-you"> {t('members.you')}</span>}
                  </p>
                  <p className="member-email">{member.email}</p>
                  <p className="member-joined">{t('members.joined', { date: formatDate(member.joinedAt) })}</p>
                </div>
                <div className="member-controls">
                  {actions.mayChangeRole ? (
                    <RoleForm
                      key={member.role}
                      member={member}
                      actions={actions}
                      busy={busy}
                      onSave={(role) => changeRole.mutate({ member, role })}
                    />
                  ) : (
                    <span className={`badge role-badge role-${member.role}`}>{t(`members.roles.${member.role}`)}</span>
                  )}
                  {actions.mayRemove && (
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      disabled={busy}
                      aria-label={t('members.removeNamed', { name: member.displayName })}
                      onClick={() => setPending({ kind: 'remove', member })}
                    >
                      {t('members.remove')}
                    </button>
                  )}
                  {actions.mayLeave && (
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      disabled={busy}
                      onClick={() => setPending({ kind: 'leave', member })}
                    >
                      {t('members.leave')}
                    </button>
                  )}
                </div>
                {self && actions.lastOwner && <p className="member-note field-hint">{t('members.lastOwnerHint')}</p>}
              </li>
            );
          })}
        </ul>
      )}
      <LoadMore pages={members} label={t('members.more')} />
      <ConfirmDialog
        isOpen={pending?.kind === 'remove'}
        title={t('members.removeTitle', { name: pending?.member.displayName ?? '' })}
        confirmLabel={t('members.removeConfirm')}
        busy={remove.isPending}
        onCancel={() => setPending(undefined)}
        onConfirm={() => pending && remove.mutate(pending.member)}
      >
        <p>{t('members.removeBody', { name: pending?.member.displayName ?? '' })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={pending?.kind === 'leave'}
        title={t('members.leaveTitle', { organisation: organisationName })}
        confirmLabel={t('members.leaveConfirm')}
        busy={remove.isPending}
        onCancel={() => setPending(undefined)}
        onConfirm={() => pending && remove.mutate(pending.member)}
      >
        <p>{t('members.leaveBody')}</p>
      </ConfirmDialog>
    </>
  );
}
