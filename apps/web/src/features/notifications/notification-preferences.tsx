import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession, type User } from '../../api/session';
import { FormAlert } from '../../components/form';
import { ErrorState, errorMessage, Loading } from '../../components/states';
import { usePreferences, useSavePreferences, type NotificationPreference } from './notification-queries';
import { DELIVERIES, NOTIFICATION_KINDS, type Delivery, type NotificationKind } from './notification-route';

/** Catalogue keys cannot hold dots inside a name: `call.answered` is `call_answered`. */
export const kindKey = (kind: string) => kind.replace(/\./g, '_');

/** Kinds that reach only some roles: the rest concern anyone in an organisation. */
const ONLY_FOR: Partial<Record<NotificationKind, readonly User['role'][]>> = {
  'moderation.queue_item': ['na_staff', 'admin'],
};

/** Whether a kind can ever reach someone of this role (a coordinator has no NA queue). */
export function kindReaches(kind: NotificationKind, role: User['role'] | undefined): boolean {
  const only = ONLY_FOR[kind];
  return !only || (role !== undefined && only.includes(role));
}

/** What changed against what the API holds: only those kinds are sent. */
export function changedPreferences(
  saved: NotificationPreference[],
  chosen: Partial<Record<NotificationKind, Delivery>>,
): { kind: NotificationKind; delivery: Delivery }[] {
  return saved.flatMap((p) => {
    const delivery = chosen[p.kind];
    return delivery && delivery !== p.delivery ? [{ kind: p.kind, delivery }] : [];
  });
}

/** How each kind reaches me: in the app, by e-mail at once, in a digest, or not at all. */
export function NotificationPreferences() {
  const { t } = useTranslation();
  const preferences = usePreferences();
  const save = useSavePreferences();
  const [chosen, setChosen] = useState<Partial<Record<NotificationKind, Delivery>>>({});
  const [saved, setSaved] = useState(false);
  const session = useSession();
  const role = session.status === 'signedIn' ? session.user.role : undefined;

  if (preferences.isPending) return <Loading />;
  if (!preferences.data) return <ErrorState error={preferences.error} onRetry={() => void preferences.refetch()} />;
  const byKind = new Map(preferences.data.filter((p) => kindReaches(p.kind, role)).map((p) => [p.kind, p]));
  const rows = NOTIFICATION_KINDS.flatMap((k) => byKind.get(k) ?? []);
  // Kinds a newer API knows come last, with their raw name.
  rows.push(...preferences.data.filter((p) => !NOTIFICATION_KINDS.includes(p.kind)));
  const changes = changedPreferences(preferences.data, chosen);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (changes.length === 0) return;
    save.mutate(changes, {
      onSuccess: () => {
        setChosen({});
        setSaved(true);
      },
    });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{t('notifications.preferences.intro')}</p>
      <div className="preference-list">
        {rows.map((p) => (
          <PreferenceRow
            key={p.kind}
            preference={p}
            value={chosen[p.kind] ?? p.delivery}
            onChange={(delivery) => {
              setSaved(false);
              setChosen((c) => ({ ...c, [p.kind]: delivery }));
            }}
          />
        ))}
      </div>
      <FormAlert>{save.error ? errorMessage(save.error, t) : undefined}</FormAlert>
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending || changes.length === 0}>
          {save.isPending ? t('common.saving') : t('notifications.preferences.save')}
        </button>
        <p role="status" className="notice-inline">
          {saved ? t('notifications.preferences.saved') : ''}
        </p>
      </div>
    </form>
  );
}

function PreferenceRow({
  preference: p,
  value,
  onChange,
}: {
  preference: NotificationPreference;
  value: Delivery;
  onChange: (d: Delivery) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const label = t(`notifications.kinds.${kindKey(p.kind)}`, { defaultValue: p.kind });
  return (
    <div className="preference">
      <div>
        <label htmlFor={id}>{label}</label>
        <p id={`${id}-hint`} className="field-hint">
          {t('notifications.preferences.default', { delivery: t(`notifications.delivery.${p.default}`) })}
        </p>
      </div>
      {/* In a .field, the select looks like every other select of the app. */}
      <div className="field">
        <select
          id={id}
          aria-describedby={`${id}-hint`}
          value={value}
          onChange={(e) => onChange(e.target.value as Delivery)}
        >
          {DELIVERIES.map((d) => (
            <option key={d} value={d}>
              {t(`notifications.delivery.${d}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
