import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../api/session';
import { DialogActions } from '../../components/dialog-actions';
import { FormAlert, TextAreaField, applyApiError } from '../../components/form';
import { errorMessage } from '../../components/states';
import { ModalDialog } from '../organisations/modal-dialog';
import { INVITED_ROLES, takesInvitations, type Consortium, type InvitedRole } from './consortium-rules';
import { consortiaKeys, useMyConsortia } from './use-consortia';
import './consortia.css';

export interface InviteToConsortiumButtonProps {
  /** The organisation to invite. */
  organisationId: string;
  organisationName: string;
  /** Preselects this consortium (else the user picks one they coordinate). */
  consortiumId?: string;
  /** The button's words where the consortium is already plain (its own Members tab): "Invite". */
  label?: string;
}

const inviteSchema = z.object({
  consortiumId: z.string().check(z.minLength(1, 'consortia.invite.pickConsortium')),
  role: z.enum(INVITED_ROLES as [InvitedRole, ...InvitedRole[]]),
  message: z.string().check(z.maxLength(2000, 'consortia.invite.messageTooLong')),
});
type InviteValues = z.infer<typeof inviteSchema>;

/** Consortia I coordinate that still take members and where the organisation is not yet in or invited. */
export function invitableInto(consortia: Consortium[], organisationId: string): Consortium[] {
  return consortia.filter(
    (c) =>
      takesInvitations(c) &&
      !c.members.some((m) => m.id === organisationId) &&
      !c.pendingInvitations.some((i) => i.organisationId === organisationId),
  );
}

// Invites an organisation into one of the consortia I coordinate, choosing the consortium and
// the role in a dialog. Used on search results, profiles, suggestions and call answers. Shows
// nothing to someone who coordinates no consortium that could take this organisation.
export function InviteToConsortiumButton(props: InviteToConsortiumButtonProps) {
  const session = useSession();
  if (session.status !== 'signedIn') return null;
  return <InviteControl {...props} />;
}

function InviteControl({ organisationId, organisationName, consortiumId, label }: InviteToConsortiumButtonProps) {
  const { t } = useTranslation();
  const mine = useMyConsortia(100);
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState<string>();
  const all = mine.data?.pages.flatMap((p) => p.items) ?? [];
  const targets = invitableInto(all, organisationId);
  if (sent) {
    return (
      <p className="invite-sent" role="status">
        {t('consortia.invite.sent', { organisation: organisationName, consortium: sent })}
      </p>
    );
  }
  const first = targets[0];
  if (!first) return null;
  const preselected = consortiumId && targets.some((c) => c.id === consortiumId) ? consortiumId : first.id;
  return (
    <>
      <button
        type="button"
        className="button button-secondary button-small"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {label ?? t('consortia.invite.open')}
        <span className="visually-hidden">: {organisationName}</span>
      </button>
      {open && (
        <InviteDialog
          organisationId={organisationId}
          organisationName={organisationName}
          targets={targets}
          preselected={preselected}
          onClose={() => setOpen(false)}
          onSent={(name) => {
            setOpen(false);
            setSent(name);
          }}
        />
      )}
    </>
  );
}

function InviteDialog({
  organisationId,
  organisationName,
  targets,
  preselected,
  onClose,
  onSent,
}: {
  organisationId: string;
  organisationName: string;
  targets: Consortium[];
  preselected: string;
  onClose: () => void;
  onSent: (consortiumName: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const consortiumField = useId();
  const [failure, setFailure] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<InviteValues>({
    resolver: zodResolver(inviteSchema),
    defaultValues: { consortiumId: preselected, role: 'partner', message: '' },
  });
  const submit = handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      unwrap(
        await api.POST('/v1/consortia/{id}/invitations', {
          params: { path: { id: values.consortiumId } },
          body: {
            organisationId,
            role: values.role,
            ...(values.message.trim() ? { message: values.message.trim() } : {}),
          },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: consortiaKeys.all });
      onSent(targets.find((c) => c.id === values.consortiumId)?.name ?? '');
    } catch (error) {
      setFailure(applyApiError(error, setError, ['role', 'message']) ?? (errorMessage(error, t) || undefined));
    }
  });
  return (
    <ModalDialog
      isOpen
      title={t('consortia.invite.title', { organisation: organisationName })}
      busy={isSubmitting}
      onClose={onClose}
    >
      <form className="form invite-consortium-form" noValidate onSubmit={(e) => void submit(e)}>
        <FormAlert>{failure}</FormAlert>
        <div className="field">
          <label htmlFor={consortiumField}>{t('consortia.invite.consortium')}</label>
          <select id={consortiumField} {...register('consortiumId')}>
            {targets.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.action})
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field role-choice">
          <legend>{t('consortia.invite.role')}</legend>
          {INVITED_ROLES.map((role) => (
            <label key={role} className="radio">
              <input type="radio" value={role} {...register('role')} />
              <span>
                {t(`consortia.roles.${role}`)}
                <span className="field-hint"> — {t(`consortia.roleHints.${role}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <TextAreaField
          label={t('consortia.invite.message')}
          hint={t('consortia.invite.messageHint')}
          rows={3}
          error={errors.message}
          {...register('message')}
        />
        <DialogActions
          label={t('consortia.invite.submit')}
          busyLabel={t('consortia.invite.sending')}
          busy={isSubmitting}
          onCancel={onClose}
        />
      </form>
    </ModalDialog>
  );
}
