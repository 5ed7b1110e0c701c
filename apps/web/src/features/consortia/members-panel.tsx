import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, unwrapEmpty } from '../../api/client';
import { EmptyState } from '../../components/states';
import { formatDate } from '../../i18n/format';
import { ConfirmDialog } from '../organisations/modal-dialog';
import { useLabels } from '../taxonomies/use-taxonomies';
import { membershipOpen, type Consortium } from './consortium-rules';
import { InviteSearch } from './invite-search';
import { useOrganisationNames } from './use-consortia';
import { RefusalAlert, useConsortiumAction } from './use-consortium-action';

type Member = Consortium['members'][number];
type Pending =
  { kind: 'remove' | 'leave' | 'handOver'; member: Member } | { kind: 'withdraw'; id: string; name: string };

/** Members with their roles, pending invitations, and what the viewer may do to each. */
export function MembersPanel({ consortium }: { consortium: Consortium }) {
  const { t } = useTranslation();
  const label = useLabels();
  const [pending, setPending] = useState<Pending>();
  const open = membershipOpen(consortium.status);
  const names = useOrganisationNames(consortium.pendingInvitations.map((i) => i.organisationId));
  const adminOf = new Set(consortium.mine.filter((m) => m.admin).map((m) => m.organisationId));
  const id = consortium.id;
  const action = useConsortiumAction(async (p: Pending) => {
    if (p.kind === 'withdraw') {
      unwrapEmpty(
        await api.DELETE('/v1/consortia/{id}/invitations/{invitationId}', {
          params: { path: { id, invitationId: p.id } },
        }),
      );
    } else if (p.kind === 'handOver') {
      unwrap(
        await api.POST('/v1/consortia/{id}/coordinator', {
          params: { path: { id } },
          body: { organisationId: p.member.id },
        }),
      );
    } else {
      unwrapEmpty(
        await api.DELETE('/v1/consortia/{id}/members/{organisationId}', {
          params: { path: { id, organisationId: p.member.id } },
        }),
      );
    }
  });
  const confirm = () => {
    if (!pending) return;
    action.mutate(pending, { onSettled: () => setPending(undefined) });
  };
  const name = pending ? ('member' in pending ? pending.member.name : pending.name) : '';

  return (
    <section className="consortium-panel" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('consortia.members.title', { count: consortium.members.length })}</h2>
      <RefusalAlert refusal={action.refusal} />
      <ul className="member-cards" data-testid="consortium-members">
        {consortium.members.map((m) => {
          const mayLeave = open && m.role !== 'coordinator' && adminOf.has(m.id);
          const mayRemove = open && consortium.canManage && m.role !== 'coordinator' && !adminOf.has(m.id);
          const mayHandOver = open && consortium.canManage && m.role === 'partner';
          return (
            <li key={m.id} className="member-card">
              <div>
                <Link to="/organisations/$id" params={{ id: m.id }} className="member-name">
                  {m.name}
                </Link>
                <p className="muted">
                  {label('countries', m.country)} · {label('organisationTypes', m.organisationType)}
                </p>
                <span className={`badge ${m.role === 'coordinator' ? 'badge-success' : ''}`}>
                  {t(`consortia.roles.${m.role}`)}
                </span>
              </div>
              {(mayLeave || mayRemove || mayHandOver) && (
                <div className="actions member-actions">
                  {mayHandOver && (
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() => setPending({ kind: 'handOver', member: m })}
                    >
                      {t('consortia.members.handOver')}
                      <span className="visually-hidden">: {m.name}</span>
                    </button>
                  )}
                  {mayRemove && (
                    <button
                      type="button"
                      className="button button-danger button-small"
                      onClick={() => setPending({ kind: 'remove', member: m })}
                    >
                      {t('consortia.members.remove')}
                      <span className="visually-hidden">: {m.name}</span>
                    </button>
                  )}
                  {mayLeave && (
                    <button
                      type="button"
                      className="button button-danger button-small"
                      onClick={() => setPending({ kind: 'leave', member: m })}
                    >
                      {t('consortia.members.leave', { organisation: m.name })}
                    </button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>

      <h3>{t('consortia.members.pending')}</h3>
      {consortium.pendingInvitations.length === 0 ? (
        <EmptyState title={t('consortia.members.noPending')} />
      ) : (
        <ul className="member-cards" data-testid="pending-invitations">
          {consortium.pendingInvitations.map((inv) => {
            const invited = names.get(inv.organisationId) ?? t('consortia.history.someOrganisation');
            return (
              <li key={inv.id} className="member-card">
                <div>
                  <Link to="/organisations/$id" params={{ id: inv.organisationId }} className="member-name">
                    {invited}
                  </Link>
                  <p className="muted">
                    {t(`consortia.roles.${inv.role}`)} ·{' '}
                    {t('consortia.members.invitedOn', { date: formatDate(inv.createdAt) })}
                  </p>
                </div>
                {consortium.canManage && (
                  <div className="actions member-actions">
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() => setPending({ kind: 'withdraw', id: inv.id, name: invited })}
                    >
                      {t('consortia.members.withdraw')}
                      <span className="visually-hidden">: {invited}</span>
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}

      {consortium.canManage && open && <InviteSearch consortium={consortium} />}

      <ConfirmDialog
        isOpen={!!pending}
        title={pending ? t(`consortia.confirm.${pending.kind}.title`, { organisation: name }) : ''}
        confirmLabel={pending ? t(`consortia.confirm.${pending.kind}.confirm`) : ''}
        busy={action.isPending}
        onConfirm={confirm}
        onCancel={() => setPending(undefined)}
      >
        <p>
          {pending
            ? t(`consortia.confirm.${pending.kind}.body`, { organisation: name, consortium: consortium.name })
            : ''}
        </p>
      </ConfirmDialog>
    </section>
  );
}
