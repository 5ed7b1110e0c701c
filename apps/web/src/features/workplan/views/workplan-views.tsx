import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { WORKPLAN_VIEWS, type WorkplanView } from '../../consortia/consortium-search-params';
import type { Workplan } from '../use-workplan';
import { ActivitiesTable } from './activities-table';
import { BudgetBar } from './budget-bar';
import { BudgetTables } from './budget-tables';
import { PartnersView } from './partners-view';
import { PlanHistory } from './plan-history';
import { TimelineView } from './timeline-view';
import './workplan-views.css';

// Exact search match, so the outline (no `view`) is not current on the other views.
const VIEW_ACTIVE = { includeSearch: true, explicitUndefined: true } as const;

function ViewNav({ consortiumId }: { consortiumId: string }) {
  const { t } = useTranslation();
  return (
    <nav className="workplan-view-nav" aria-label={t('workplan.views.nav')}>
      <ul>
        {WORKPLAN_VIEWS.map((view) => (
          <li key={view}>
            <Link
              to="/consortia/$id"
              params={{ id: consortiumId }}
              search={{ tab: 'workplan', view: view === 'outline' ? undefined : view }}
              activeOptions={VIEW_ACTIVE}
              replace
            >
              {t(`workplan.views.tabs.${view}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The read views of the plan, chosen by the `view` search parameter. Above every view (the
 * outline included) the sub-navigation and the budget bar; the outline itself is the editor's,
 * which the tab renders below, so for it this shows only those two.
 */
export function WorkplanViews({ workplan, view }: { workplan: Workplan; view: WorkplanView }) {
  return (
    <div className="workplan-views">
      <ViewNav consortiumId={workplan.consortiumId} />
      <BudgetBar workplan={workplan} />
      {view === 'activities' && <ActivitiesTable workplan={workplan} />}
      {view === 'timeline' && <TimelineView workplan={workplan} />}
      {view === 'budget' && <BudgetTables workplan={workplan} />}
      {view === 'partners' && <PartnersView workplan={workplan} />}
      {view === 'history' && <PlanHistory workplan={workplan} />}
    </div>
  );
}
