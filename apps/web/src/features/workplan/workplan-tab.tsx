import { useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/states';
import type { Consortium } from '../consortia/consortium-rules';
import { WorkplanEditor } from './editor/workplan-editor';
import { useWorkplan } from './use-workplan';
import { WorkplanExport } from './views/workplan-export';
import { WorkplanViews } from './views/workplan-views';
import './workplan.css';

/**
 * The consortium page's workplan tab: export buttons, the editable outline with its live rule
 * panel (editor/), and the read views of the same plan (views/: activities table, timeline,
 * budget, partners × work packages, history), chosen by the `view` search parameter: the
 * outline (no `view`) is the editor; every view has the sub-navigation and budget bar above it.
 */
export function WorkplanTab({ consortium }: { consortium: Consortium }) {
  const { t } = useTranslation();
  const query = useWorkplan(consortium.id);
  const { view = 'outline' } = useSearch({ from: '/consortia/$id' });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const plan = query.data;
  return (
    <div className="workplan">
      <div className="workplan-header">
        <h2>{t('workplan.title')}</h2>
        <WorkplanExport consortiumId={consortium.id} />
      </div>
      <WorkplanViews workplan={plan} view={view} />
      {view === 'outline' && <WorkplanEditor workplan={plan} />}
    </div>
  );
}
