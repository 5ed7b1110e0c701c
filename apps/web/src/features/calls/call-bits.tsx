import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatList } from '../../i18n/format';
import { useLabels } from '../taxonomies/use-taxonomies';
import { telHref } from './answer-form';
import type { AnswerStatus, CallStatus } from './call-rules';
import type { Call } from './use-calls';
import './calls.css';

// Pieces every calls screen shows the same way: status and urgency badges (words, not colour
// only), the facts of a call, the partners it seeks.

const STATUS_TONE: Record<CallStatus, string> = {
  draft: 'badge-warning',
  open: 'badge-success',
  paused: 'badge-warning',
  closed: '',
  expired: 'badge-danger',
};

export function CallStatusBadge({ status, closedReason }: { status: CallStatus; closedReason?: Call['closedReason'] }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${STATUS_TONE[status]}`}>
      {t(`calls.status.${status}`)}
      {closedReason ? ` · ${t(`calls.closedReason.${closedReason}`)}` : ''}
    </span>
  );
}

const ANSWER_TONE: Record<AnswerStatus, string> = {
  pending: 'badge-warning',
  shortlisted: 'badge-success',
  declined: 'badge-danger',
  withdrawn: '',
};

export function AnswerStatusBadge({ status }: { status: AnswerStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${ANSWER_TONE[status]}`}>{t(`calls.answerStatus.${status}`)}</span>;
}

/** A replacement call: urgent, said in words with a sign, not by colour alone. */
export function UrgentBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge-danger call-urgent">
      <span aria-hidden="true">⚠ </span>
      {t('calls.urgent')}
    </span>
  );
}

/** Facts on one line (role, country, type, date), kept apart by a dot a reader sees and a
 *  comma a screen reader hears; empty ones are left out. */
export function MetaItems({ items }: { items: ReactNode[] }) {
  const shown = items.filter((item) => item !== null && item !== undefined && item !== false && item !== '');
  return (
    <>
      {shown.map((item, i) => (
        <Fragment key={i}>
          {i > 0 && (
            <span className="call-meta-sep">
              <span aria-hidden="true">·</span>
              <span className="visually-hidden">, </span>
            </span>
          )}
          <span>{item}</span>
        </Fragment>
      ))}
    </>
  );
}

/** A contact's phone: a tel: link when it is a phone number, plain text otherwise. */
export function PhoneNumber({ phone }: { phone: string }) {
  const href = telHref(phone);
  return href ? <a href={href}>{phone}</a> : <span className="user-text">{phone}</span>;
}

export function ActionName({ action }: { action: Call['action'] }) {
  const { t } = useTranslation();
  return (
    <>
      {action} · {t(`calls.actions.${action}.name`)}
    </>
  );
}

/** The names of codes, or "any" for an empty list. */
export function useCodeList() {
  const { t } = useTranslation();
  const label = useLabels();
  return (
    kind: 'countries' | 'naceSections' | 'organisationTypes' | 'topics' | 'languages',
    codes: readonly string[],
  ) => (codes.length ? formatList(codes.map((c) => label(kind, c))) : t('calls.any'));
}

export function CallFacts({
  call,
}: {
  call: Pick<
    Call,
    | 'action'
    | 'naDeadline'
    | 'answerBy'
    | 'plannedStart'
    | 'durationMonths'
    | 'topics'
    | 'languages'
    | 'excludedCountries'
  >;
}) {
  const { t } = useTranslation();
  const list = useCodeList();
  return (
    <dl className="call-facts">
      <div>
        <dt>{t('calls.fields.action')}</dt>
        <dd>
          <ActionName action={call.action} />
        </dd>
      </div>
      <div>
        <dt>{t('calls.fields.answerBy')}</dt>
        <dd>{formatDate(call.answerBy)}</dd>
      </div>
      <div>
        <dt>{t('calls.fields.naDeadline')}</dt>
        <dd>{call.naDeadline ? formatDate(call.naDeadline) : t('calls.notSet')}</dd>
      </div>
      <div>
        <dt>{t('calls.fields.plannedStart')}</dt>
        <dd>{call.plannedStart ? formatDate(call.plannedStart) : t('calls.notSet')}</dd>
      </div>
      <div>
        <dt>{t('calls.fields.durationMonths')}</dt>
        <dd>{call.durationMonths ? t('calls.months', { count: call.durationMonths }) : t('calls.notSet')}</dd>
      </div>
      <div>
        <dt>{t('calls.fields.languages')}</dt>
        <dd>{list('languages', call.languages)}</dd>
      </div>
      <div className="call-facts-wide">
        <dt>{t('calls.fields.topics')}</dt>
        <dd>{list('topics', call.topics)}</dd>
      </div>
      {call.excludedCountries.length > 0 && (
        <div className="call-facts-wide">
          <dt>{t('calls.fields.excludedCountries')}</dt>
          <dd>{list('countries', call.excludedCountries)}</dd>
        </div>
      )}
    </dl>
  );
}

export function SoughtList({ sought }: { sought: Call['sought'] }) {
  const { t } = useTranslation();
  const list = useCodeList();
  return (
    <ol className="call-sought">
      {sought.map((s, i) => (
        <li key={i} className="call-sought-item">
          <p className="call-sought-head">
            {t('calls.sought.summary', { count: s.count, role: t(`calls.roles.${s.role}`) })}
          </p>
          <dl className="call-facts">
            <div>
              <dt>{t('calls.fields.countries')}</dt>
              <dd>{list('countries', s.countries)}</dd>
            </div>
            <div>
              <dt>{t('calls.fields.naceSections')}</dt>
              <dd>{list('naceSections', s.naceSections)}</dd>
            </div>
            <div>
              <dt>{t('calls.fields.organisationTypes')}</dt>
              <dd>{list('organisationTypes', s.organisationTypes)}</dd>
            </div>
            <div className="call-facts-wide">
              <dt>{t('calls.fields.tasks')}</dt>
              <dd className="user-text">{s.tasks}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
