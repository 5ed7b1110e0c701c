import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuro, formatList } from '../../../i18n/format';
import type { PartnerView, Workplan } from '../use-workplan';
import { monthRuns, roleMatrix, type MatrixRole } from './plan-model';
import { ScrollRegion, usePlanMonths } from './view-parts';

function RoleCell({ role }: { role: MatrixRole }) {
  const { t } = useTranslation();
  // Text in every cell; the mark beside it only repeats it.
  return (
    <td className={`matrix-${role}`}>
      {role === 'none' ? (
        <>
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">{t('workplan.views.partners.none')}</span>
        </>
      ) : (
        t(`workplan.views.partners.${role}`)
      )}
    </td>
  );
}

function titles(plan: Workplan) {
  const all = new Map<string, string>();
  for (const w of plan.workPackages) all.set(w.id, `WP${w.number} ${w.title}`);
  for (const list of [plan.activities, plan.results, plan.events]) for (const p of list) all.set(p.id, p.title);
  return (ids: string[]) => ids.flatMap((i) => all.get(i) ?? []);
}

function PartnerCard({ partner, plan }: { partner: PartnerView; plan: Workplan }) {
  const { t } = useTranslation();
  const { span } = usePlanMonths(plan);
  const named = titles(plan);
  const leads = named([
    ...partner.leads.workPackages,
    ...partner.leads.activities,
    ...partner.leads.results,
    ...partner.leads.events,
  ]);
  const takesPart = named([
    ...partner.takesPart.workPackages,
    ...partner.takesPart.activities,
    ...partner.takesPart.results,
  ]);
  const idle = partner.roles.length === 0;
  const nothing = t('workplan.views.partners.nothing');
  return (
    <li className={`partner-card${idle ? ' partner-idle' : ''}`} data-organisation={partner.organisationId}>
      <h5>
        {partner.name} <span className="muted">({partner.country})</span>
      </h5>
      <p>
        <span className="badge">{t(`consortia.roles.${partner.consortiumRole}`)}</span>{' '}
        {idle && <span className="badge badge-danger">{t('workplan.views.partners.idle')}</span>}
      </p>
      <dl>
        <dt>{t('workplan.views.partners.roles')}</dt>
        <dd>
          {idle
            ? t('workplan.views.partners.idleNote')
            : formatList(partner.roles.map((r) => t(`workplan.views.partnerRoles.${r}`)))}
        </dd>
        <dt>{t('workplan.views.partners.leads')}</dt>
        <dd>{leads.length ? formatList(leads) : nothing}</dd>
        <dt>{t('workplan.views.partners.takesPart')}</dt>
        <dd>{takesPart.length ? formatList(takesPart) : nothing}</dd>
        <dt>{t('workplan.views.partners.activeMonths')}</dt>
        <dd>
          {partner.activeMonths.length
            ? formatList(monthRuns(partner.activeMonths).map(([from, to]) => span(from, to)))
            : nothing}
        </dd>
        <dt>{t('workplan.views.partners.budget')}</dt>
        <dd>{formatEuro(partner.budget)}</dd>
      </dl>
    </li>
  );
}

/** Partners × work packages (activities for KA210-VET), then what each partner does. */
export function PartnersView({ workplan }: { workplan: Workplan }) {
  const { t } = useTranslation();
  const id = useId();
  const matrix = roleMatrix(workplan);
  const caption = t(
    workplan.allowed.workPackages ? 'workplan.views.partners.matrix' : 'workplan.views.partners.matrixActivities',
  );
  const idle = matrix.rows.filter((r) => r.idle);
  return (
    <section className="workplan-view" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('workplan.views.partners.title')}</h3>
      {idle.length > 0 && (
        <p className="notice notice-warning" data-testid="idle-partners">
          {t('workplan.views.partners.idleWarning', { count: idle.length, names: formatList(idle.map((r) => r.name)) })}
        </p>
      )}
      <ScrollRegion label={caption}>
        <table className="role-matrix" data-testid="role-matrix">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workplan.views.budget.columns.partner')}</th>
              {matrix.columns.map((c) => (
                <th scope="col" key={c.id}>
                  <abbr title={c.title}>{c.label}</abbr>
                  <span className="matrix-column-title">{c.title}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((r) => (
              <tr key={r.organisationId} className={r.idle ? 'partner-idle' : undefined}>
                <th scope="row">
                  {r.name}
                  {r.idle && (
                    <>
                      {' '}
                      <span className="badge badge-danger">{t('workplan.views.partners.idle')}</span>
                    </>
                  )}
                </th>
                {r.cells.map((role, i) => (
                  <RoleCell key={matrix.columns[i]!.id} role={role} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <h4>{t('workplan.views.partners.perPartner')}</h4>
      <ul className="partner-cards">
        {workplan.partners.map((p) => (
          <PartnerCard key={p.organisationId} partner={p} plan={workplan} />
        ))}
      </ul>
    </section>
  );
}
