import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/form';
import { ErrorState, errorMessage, Loading } from '../../components/states';
import { formatDateTime, formatNumber } from '../../i18n/format';
import {
  progressFraction,
  useQueueDashboard,
  useRetryOutboxRow,
  type OutboxView,
  type QueueView,
} from './admin-queries';

const COUNTS = ['waiting', 'active', 'delayed', 'completed', 'failed'] as const;

const when = (iso: string | null, t: (k: string) => string) => (iso ? formatDateTime(iso) : t('admin.never'));

/** Every job queue and the outbox, as the worker's BullMQ and PostgreSQL report them. */
export function QueueDashboard() {
  const { t } = useTranslation();
  const dashboard = useQueueDashboard();
  if (dashboard.isPending) return <Loading />;
  if (!dashboard.data) return <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  return (
    <>
      <section aria-labelledby="admin-queues" className="admin-section">
        <div className="admin-section-head">
          <h2 id="admin-queues">{t('admin.queues.title')}</h2>
          <p className="field-hint">
            {t('admin.updatedAt', { time: formatDateTime(new Date(dashboard.dataUpdatedAt)) })}
          </p>
        </div>
        {dashboard.error && <FormAlert>{errorMessage(dashboard.error, t)}</FormAlert>}
        <div className="queue-grid">
          {dashboard.data.queues.map((q) => (
            <QueueCard key={q.queue} queue={q} />
          ))}
        </div>
      </section>
      <OutboxSection outbox={dashboard.data.outbox} />
    </>
  );
}

function QueueCard({ queue: q }: { queue: QueueView }) {
  const { t } = useTranslation();
  const id = `queue-${q.queue}`;
  return (
    <article className="queue-card" aria-labelledby={id}>
      <h3 id={id}>
        <code>{q.queue}</code>
      </h3>
      <dl className="queue-counts">
        {COUNTS.map((c) => (
          <div key={c} data-kind={c} data-nonzero={q.counts[c] > 0}>
            <dt>{t(`admin.counts.${c}`)}</dt>
            <dd>{formatNumber(q.counts[c])}</dd>
          </div>
        ))}
      </dl>
      <h4>{t('admin.queues.active')}</h4>
      {q.active.length === 0 ? (
        <p className="muted">{t('admin.queues.noActive')}</p>
      ) : (
        <ul className="job-list">
          {q.active.map((j, i) => {
            const progress = progressFraction(j.progress);
            return (
              <li key={j.id ?? i}>
                <code>{j.name}</code>
                {j.startedAt && (
                  <span className="muted"> · {t('admin.queues.since', { time: formatDateTime(j.startedAt) })}</span>
                )}
                {progress ? (
                  <>
                    <progress
                      value={progress.fraction}
                      max={1}
                      aria-label={t('admin.queues.progressOf', { name: j.name })}
                    />
                    <span>
                      {t('admin.queues.progress', {
                        done: formatNumber(progress.done),
                        total: formatNumber(progress.total),
                      })}
                    </span>
                  </>
                ) : (
                  j.progress && <span className="muted"> · {JSON.stringify(j.progress)}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <h4>{t('admin.queues.failed')}</h4>
      {q.failed.length === 0 ? (
        <p className="muted">{t('admin.queues.noFailed')}</p>
      ) : (
        <ul className="job-list">
          {q.failed.map((j, i) => (
            <li key={j.id ?? i}>
              <code>{j.name}</code>
              <span className="muted">
                {' '}
                · {t('admin.queues.attempts', { count: j.attempts })} · {when(j.failedAt, t)}
              </span>
              <p className="job-reason">{j.reason}</p>
            </li>
          ))}
        </ul>
      )}
      <h4>{t('admin.queues.schedules')}</h4>
      {q.schedules.length === 0 ? (
        <p className="muted">{t('admin.queues.noSchedules')}</p>
      ) : (
        <ul className="job-list">
          {q.schedules.map((s) => (
            <li key={s.key}>
              <code>{s.key.replace(/^schedule:/, '')}</code>
              <span className="muted">
                {' '}
                ·{' '}
                {s.every === null
                  ? t('admin.queues.cron')
                  : t('admin.queues.every', {
                      minutes: formatNumber(s.every / 60_000, { maximumFractionDigits: 1 }),
                    })}{' '}
                · {t('admin.queues.next', { time: when(s.next, t) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function OutboxSection({ outbox }: { outbox: OutboxView }) {
  const { t } = useTranslation();
  const retry = useRetryOutboxRow();
  const [retried, setRetried] = useState<string>();
  return (
    <section aria-labelledby="admin-outbox" className="admin-section">
      <h2 id="admin-outbox">{t('admin.outbox.title')}</h2>
      <dl className="queue-counts">
        <div>
          <dt>{t('admin.outbox.pending')}</dt>
          <dd>{formatNumber(outbox.pending)}</dd>
        </div>
        <div data-kind="failed" data-nonzero={outbox.setAside > 0}>
          <dt>{t('admin.outbox.setAside')}</dt>
          <dd>{formatNumber(outbox.setAside)}</dd>
        </div>
      </dl>
      <p role="status">{retried ? t('admin.outbox.retried', { id: retried }) : ''}</p>
      {retry.error && <FormAlert>{errorMessage(retry.error, t)}</FormAlert>}
      {outbox.setAsideRows.length === 0 ? (
        <p className="muted">{t('admin.outbox.none')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('admin.outbox.caption')}>
          <table>
            <caption className="visually-hidden">{t('admin.outbox.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.outbox.row')}</th>
                <th scope="col">{t('admin.outbox.topic')}</th>
                <th scope="col">{t('admin.outbox.error')}</th>
                <th scope="col">{t('admin.outbox.attempts')}</th>
                <th scope="col">{t('admin.outbox.since')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.outbox.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {outbox.setAsideRows.map((r) => (
                <tr key={r.id}>
                  <td>#{r.id}</td>
                  <td>
                    <code>{r.topic}</code>
                  </td>
                  <td className="job-reason">{r.error}</td>
                  <td>{formatNumber(r.attempts)}</td>
                  <td>{formatDateTime(r.setAsideAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      disabled={retry.isPending}
                      onClick={() => retry.mutate(r.id, { onSuccess: () => setRetried(r.id) })}
                    >
                      {t('admin.outbox.retry')}
                      <span className="visually-hidden"> #{r.id}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
