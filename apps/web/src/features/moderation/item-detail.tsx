import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { FieldChanges } from '../organisations/field-changes';
import { useOrganisation, type Organisation } from '../organisations/use-organisation';
import { labelLookup, useTaxonomies } from '../taxonomies/use-taxonomies';
import { DecisionDialog } from './decision-dialog';
import { decisionsFor } from './decisions';
import type { ItemRef, ModerationSearch } from './moderation-search';
import { ProfileDetails } from './profile-details';
import { DECISION_INPUT, useDecision, useRefreshDesk, type Decision, type QueueItem } from './use-moderation';
import { WaitingTime } from './waiting-time';

// The open item of the queue: everything needed to decide on it, and the decisions themselves.

export const DETAIL_HEADING_ID = 'moderation-detail-heading';

const STATUS_BADGE: Record<Organisation['status'], string> = {
  draft: '',
  submitted: 'badge-warning',
  published: 'badge-success',
  rejected: 'badge-danger',
  suspended: 'badge-danger',
};

function StatusLine({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  return (
    <div className="detail-status">
      <p>
        {t('moderation.detail.status')}{' '}
        <span className={`badge ${STATUS_BADGE[organisation.status]}`}>
          {t(`moderation.status.${organisation.status}`)}
        </span>
        {organisation.status === 'published' && (
          <>
            {' '}
            <Link to="/organisations/$id" params={{ id: organisation.id }}>
              {t('moderation.detail.publicView')}
            </Link>
          </>
        )}
      </p>
      {organisation.statusReason && (
        <p>
          {t('moderation.detail.statusReason')} <q className="reason-text">{organisation.statusReason}</q>
        </p>
      )}
    </div>
  );
}

function Decisions({
  kind,
  organisation,
  item,
  name,
  onDecided,
  onRefused,
}: {
  kind: ItemRef['kind'];
  organisation: Organisation;
  item: QueueItem | undefined;
  name: string;
  onDecided: (decision: Decision, name: string) => void;
  onRefused: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Decision>();
  const refused = useRef(false);
  const decide = useDecision();
  const refresh = useRefreshDesk();
  const offered = decisionsFor(kind, organisation);
  const subject = (decision: Decision) =>
    (decision.endsWith('Revision') || decision.endsWith('Report')) && item ? item.id : organisation.id;
  return (
    <section className="detail-decisions" aria-labelledby="moderation-decisions-heading">
      <h3 id="moderation-decisions-heading">{t('moderation.detail.decisions')}</h3>
      {offered.length === 0 ? (
        <p>{t('moderation.detail.nothingToDecide')}</p>
      ) : (
        <div className="actions">
          {offered.map((decision) => (
            <button
              key={decision}
              type="button"
              className={`button ${DECISION_INPUT[decision].destructive ? 'button-danger' : decision === 'verifyOid' || decision === 'dismissReport' ? 'button-secondary' : ''}`}
              onClick={() => setOpen(decision)}
            >
              {t(`moderation.decisions.${decision}.button`)}
            </button>
          ))}
        </div>
      )}
      {open && (
        <DecisionDialog
          decision={open}
          name={name}
          onClose={() => {
            setOpen(undefined);
            if (!refused.current) return;
            refused.current = false;
            void refresh(organisation.id).then(onRefused);
          }}
          onConfirm={async (text) => {
            try {
              await decide.mutateAsync({
                decision: open,
                subjectId: subject(open),
                organisationId: organisation.id,
                text,
              });
            } catch (error) {
              refused.current = true;
              throw error;
            }
            setOpen(undefined);
            onDecided(open, name);
          }}
        />
      )}
    </section>
  );
}

function ReportSummary({ item }: { item: QueueItem }) {
  const { t } = useTranslation();
  const label = labelLookup(useTaxonomies().data);
  if (!item.report) return null;
  return (
    <section aria-labelledby="moderation-report-heading">
      <h3 id="moderation-report-heading">{t('moderation.detail.report')}</h3>
      <dl className="report-summary">
        <div>
          <dt>{t('moderation.detail.category')}</dt>
          <dd>{label('reportCategories', item.report.category)}</dd>
        </div>
        <div>
          <dt>{t('moderation.detail.reported')}</dt>
          <dd>
            <WaitingTime since={item.waitingSince} />
          </dd>
        </div>
        <div>
          <dt>{t('moderation.detail.reportText')}</dt>
          <dd>
            <blockquote className="reason-text">{item.report.text}</blockquote>
          </dd>
        </div>
      </dl>
    </section>
  );
}

function OrganisationPart({
  organisationId,
  target,
  item,
  onDecided,
  onRefused,
}: {
  organisationId: string;
  target: ItemRef;
  item: QueueItem | undefined;
  onDecided: (decision: Decision, name: string) => void;
  onRefused: () => void;
}) {
  const { t } = useTranslation();
  const label = labelLookup(useTaxonomies().data);
  const organisation = useOrganisation(organisationId);
  const org = organisation.data;
  const name = item?.displayName ?? org?.profile.displayName ?? '';
  const profile = org && <ProfileDetails organisation={org} />;
  return (
    <>
      {/* The heading comes first, from the queue entry, so focus can land on it at once. */}
      <h2 id={DETAIL_HEADING_ID} tabIndex={-1} className="detail-heading">
        {name || t('moderation.detail.untitled')}
      </h2>
      {item && (
        <p className="detail-meta">
          <span className="badge">{t(`moderation.kinds.${item.kind}`)}</span> {label('countries', item.country)} ·{' '}
          {t(`moderation.waitingSince.${item.kind}`)} <WaitingTime since={item.waitingSince} />
        </p>
      )}
      {organisation.isPending ? (
        <Loading />
      ) : organisation.isError ? (
        <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />
      ) : (
        org && (
          <>
            <StatusLine organisation={org} />
            {target.kind === 'revision' && item && (
              <>
                <FieldChanges changes={item.changes ?? []} caption={t('moderation.detail.changesCaption')} />
                <details className="detail-profile">
                  <summary>{t('moderation.detail.liveProfile')}</summary>
                  {profile}
                </details>
              </>
            )}
            {target.kind === 'report' && item && (
              <>
                <ReportSummary item={item} />
                <details className="detail-profile">
                  <summary>{t('moderation.detail.reportedProfile')}</summary>
                  {profile}
                </details>
              </>
            )}
            <Decisions
              kind={target.kind}
              organisation={org}
              item={item}
              name={name}
              onDecided={onDecided}
              onRefused={onRefused}
            />
            {(target.kind === 'submission' || target.kind === 'organisation') && (
              <section aria-labelledby="moderation-profile-heading">
                <h3 id="moderation-profile-heading">{t('moderation.detail.profile')}</h3>
                {profile}
              </section>
            )}
          </>
        )
      )}
    </>
  );
}

export function ItemDetail({
  target,
  item,
  searching,
  search,
  onDecided,
  onRefused,
}: {
  target: ItemRef;
  /** The queue's entry for it, once the pages loaded so far hold it. */
  item: QueueItem | undefined;
  /** Still reading later pages of the queue to find it. */
  searching: boolean;
  search: ModerationSearch;
  onDecided: (decision: Decision, name: string) => void;
  /** After a refused decision, once the desk has read the item again. */
  onRefused: () => void;
}) {
  const { t } = useTranslation();
  // A submission's id is its organisation's; revisions and reports name theirs in the queue.
  const organisationId =
    target.kind === 'submission' || target.kind === 'organisation' ? target.id : item?.organisationId;
  return (
    <>
      <p className="detail-back">
        <Link to="/moderation" search={{ ...search, item: undefined }} activeOptions={{ explicitUndefined: true }}>
          {t('moderation.detail.back')}
        </Link>
      </p>
      {organisationId ? (
        <OrganisationPart
          organisationId={organisationId}
          target={target}
          item={item}
          onDecided={onDecided}
          onRefused={onRefused}
        />
      ) : searching ? (
        <Loading />
      ) : (
        <EmptyState title={t('moderation.detail.goneTitle')}>
          <p>{t('moderation.detail.goneBody')}</p>
        </EmptyState>
      )}
    </>
  );
}
