import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { errorMessage } from '../../../components/states';
import { ConfirmDialog } from '../../organisations/modal-dialog';
import { workplanKey, type Activity, type Workplan } from '../use-workplan';
import { formatEuro } from '../../../i18n/format';
import { partAnchor } from './outline-bits';
import { PartForm, type EditTarget } from './part-form';
import { fieldsOf, savedPart, toFormValues, type Draft, type PartKind } from './part-forms';
import { RulePanel } from './rule-panel';
import { describe, useChoices } from './use-choices';
import { useRuleCheck } from './use-rule-check';
import './workplan-editor.css';

type Part = { id: string; version: number; editable: boolean; title: string } & Record<string, unknown>;

const sameTarget = (a: EditTarget | null, kind: EditTarget['kind'], id?: string, where?: string) =>
  a !== null && a.kind === kind && a.id === id && (id !== undefined || a.fixed?.workPackageId === where);

/** Moves focus to an element of the outline once React has drawn it (after a form or dialog
 *  closes): from the second frame, so it comes after the dialog's own return of focus to a
 *  control that a removal may have taken away, and again each frame (up to about a second)
 *  while the element is missing or still behind the closing dialog (inert), where focus()
 *  does nothing. */
function focusLater(id: string, frame = 0) {
  requestAnimationFrame(() => {
    const element = frame > 0 ? document.getElementById(id) : null;
    if (element) {
      element.focus();
      if (document.activeElement === element) return;
    }
    if (frame < 60) focusLater(id, frame + 1);
  });
}

/**
 * The plan's outline for editing: the frame, KA220-VET work packages (WP1 first) with their
 * activities or KA210-VET activities, results and events; each part editable in place where the
 * reader may, beside the rule panel that follows the open form.
 */
export function WorkplanEditor({ workplan: plan }: { workplan: Workplan }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<EditTarget | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [removing, setRemoving] = useState<{ kind: PartKind; part: Part }>();
  const check = useRuleCheck(plan, draft);
  const onDraft = useCallback((d: Draft | null) => setDraft(d), []);
  const ka220 = plan.allowed.workPackages;
  // The part being edited as last seen: when someone else removes it, its form stays (with the
  // typing and a note saying so) in the part's place until the user closes it.
  const lastSeen = useRef<Part>(undefined);
  const editedNow = target?.id ? savedPart(plan, target) : undefined;
  if (editedNow) lastSeen.current = editedNow as unknown as Part;
  const withEdited = <T,>(kind: PartKind, list: T[]): T[] =>
    target?.kind === kind && target.id && !editedNow && lastSeen.current?.id === target.id
      ? [...list, lastSeen.current as unknown as T]
      : list;
  const activities = withEdited('activity', plan.activities);
  // Adding a result, event or (KA210-VET) activity: the coordinator, or someone who leads a part.
  const mayAdd =
    plan.canManage ||
    [...plan.workPackages, ...plan.activities, ...plan.results, ...plan.events].some((p) => p.editable);

  const close = (focusId: string) => () => {
    setTarget(null);
    setDraft(null);
    focusLater(focusId);
  };

  const form = (t0: EditTarget, focusId: string) => (
    <PartForm
      key={`${t0.kind}-${t0.id ?? 'new'}`}
      plan={plan}
      target={t0}
      check={check}
      onDraft={onDraft}
      onClose={close(focusId)}
    />
  );

  const partView = (kind: PartKind, part: Part, heading: ReactNode, children?: ReactNode, extra?: ReactNode) => {
    const anchor = partAnchor(kind, part.id);
    const editing = sameTarget(target, kind, part.id);
    const management = kind === 'work_package' && part.management === true;
    return (
      <article
        key={part.id}
        id={anchor}
        tabIndex={-1}
        className={`workplan-part workplan-part-${kind.replace('_', '-')}`}
        aria-labelledby={`${anchor}-title`}
        data-testid={`part-${part.id}`}
      >
        <div className="workplan-part-head">
          {heading}
          {part.editable && !editing && (
            <div className="workplan-part-actions">
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={`${t('workplan.editor.edit')}: ${part.title}`}
                onClick={() => setTarget({ kind, id: part.id })}
              >
                {t('workplan.editor.edit')}
              </button>
              {!management && (kind !== 'work_package' || plan.canManage) && (
                <button
                  type="button"
                  className="button button-danger button-small"
                  aria-label={`${t('workplan.editor.remove')}: ${part.title}`}
                  onClick={() => setRemoving({ kind, part })}
                >
                  {t('workplan.editor.remove')}
                </button>
              )}
            </div>
          )}
        </div>
        {editing ? form({ kind, id: part.id }, anchor) : <PartDetails plan={plan} kind={kind} part={part} />}
        {children}
        {extra}
      </article>
    );
  };

  const addButton = (kind: PartKind, sectionId: string, fixed?: Record<string, unknown>) => {
    const where = fixed?.workPackageId as string | undefined;
    if (sameTarget(target, kind, undefined, where)) return form({ kind, fixed }, sectionId);
    return (
      <button
        type="button"
        className="button button-secondary button-small workplan-add"
        onClick={() => setTarget({ kind, fixed })}
      >
        {t(`workplan.editor.add.${kind}`)}
      </button>
    );
  };

  const activityList = (activities: Activity[], wpId: string | null, mayAddHere: boolean, sectionId: string) => (
    <div className="workplan-activities">
      {activities.length === 0 && <p className="workplan-empty">{t('workplan.editor.noActivities')}</p>}
      {activities.map((a) =>
        partView(
          'activity',
          a as unknown as Part,
          <h5 id={`${partAnchor('activity', a.id)}-title`} className="workplan-part-title">
            {a.title}
          </h5>,
        ),
      )}
      {mayAddHere && addButton('activity', sectionId, wpId ? { workPackageId: wpId } : undefined)}
    </div>
  );

  return (
    <div className="workplan-editor" data-testid="workplan-editor">
      <div className="workplan-outline">
        <FrameSection plan={plan} editing={target?.kind === 'frame'} onEdit={() => setTarget({ kind: 'frame' })}>
          {target?.kind === 'frame' && form({ kind: 'frame' }, 'workplan-frame')}
        </FrameSection>

        {ka220 ? (
          <section aria-labelledby="workplan-wps-heading" className="workplan-section" id="workplan-wps">
            <h3 id="workplan-wps-heading" tabIndex={-1}>
              {t('workplan.editor.workPackages')}
            </h3>
            {plan.workPackages.map((wp) =>
              partView(
                'work_package',
                wp as unknown as Part,
                <h4 id={`${partAnchor('work_package', wp.id)}-title`} className="workplan-part-title">
                  {t('workplan.editor.wpTitle', { number: wp.number, title: wp.title })}
                  <span className="workplan-amount"> · {formatEuro(wp.amount)}</span>
                </h4>,
                activityList(
                  activities.filter((a) => a.workPackageId === wp.id),
                  wp.id,
                  wp.editable,
                  partAnchor('work_package', wp.id),
                ),
              ),
            )}
            {plan.canManage && addButton('work_package', 'workplan-wps-heading')}
          </section>
        ) : (
          <section aria-labelledby="workplan-activities-heading" className="workplan-section">
            <h3 id="workplan-activities-heading" tabIndex={-1}>
              {t('workplan.editor.activities')}
            </h3>
            {activityList(activities, null, mayAdd, 'workplan-activities-heading')}
          </section>
        )}

        {(['result', 'event'] as const).map((kind) => {
          const list = withEdited(kind, (kind === 'result' ? plan.results : plan.events) as unknown as Part[]);
          const heading = `workplan-${kind}s-heading`;
          return (
            <section key={kind} aria-labelledby={heading} className="workplan-section">
              <h3 id={heading} tabIndex={-1}>
                {t(`workplan.editor.${kind}s`)}
              </h3>
              {list.length === 0 && <p className="workplan-empty">{t(`workplan.editor.no.${kind}`)}</p>}
              {list.map((p) =>
                partView(
                  kind,
                  p,
                  <h4 id={`${partAnchor(kind, p.id)}-title`} className="workplan-part-title">
                    {p.title}
                  </h4>,
                ),
              )}
              {mayAdd && addButton(kind, heading)}
            </section>
          );
        })}
      </div>
      <RulePanel plan={plan} check={check} />
      {removing && (
        <RemoveDialog
          plan={plan}
          kind={removing.kind}
          part={removing.part}
          onDone={(removed) => {
            setRemoving(undefined);
            const section =
              removing.kind === 'work_package' || (removing.kind === 'activity' && ka220)
                ? 'workplan-wps-heading'
                : `workplan-${removing.kind === 'activity' ? 'activities' : `${removing.kind}s`}-heading`;
            focusLater(removed ? section : partAnchor(removing.kind, removing.part.id));
          }}
        />
      )}
    </div>
  );
}

function FrameSection({
  plan,
  editing,
  onEdit,
  children,
}: {
  plan: Workplan;
  editing: boolean;
  onEdit: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const choices = useChoices(plan);
  const fields = fieldsOf('frame', true);
  const values = toFormValues(fields, plan.frame);
  return (
    <section
      aria-labelledby="workplan-frame-heading"
      className="workplan-section workplan-frame"
      id="workplan-frame"
      tabIndex={-1}
    >
      <div className="workplan-part-head">
        <h3 id="workplan-frame-heading">{t('workplan.editor.frame')}</h3>
        {plan.frame.editable && !editing && (
          <button type="button" className="button button-secondary button-small" onClick={onEdit}>
            {t('workplan.editor.editFrame')}
          </button>
        )}
      </div>
      {editing ? (
        children
      ) : (
        <dl className="workplan-details">
          {fields.map((f) => (
            <div key={f.name}>
              <dt>{t(`workplan.editor.fields.${f.name}`)}</dt>
              <dd>
                {f.name === 'durationMonths' && values[f.name]
                  ? t('workplan.editor.months', { count: Number(values[f.name]) })
                  : describe(f, values[f.name], choices, plan)}
              </dd>
            </div>
          ))}
          <div>
            <dt>{t('workplan.editor.allocated')}</dt>
            <dd data-testid="workplan-allocated">
              {plan.report.lumpSum === null
                ? formatEuro(plan.report.allocated)
                : t('workplan.editor.allocatedOf', {
                    allocated: formatEuro(plan.report.allocated),
                    lumpSum: formatEuro(plan.report.lumpSum),
                  })}
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}

/** A part's saved content: every field that holds something. */
function PartDetails({ plan, kind, part }: { plan: Workplan; kind: PartKind; part: Part }) {
  const { t } = useTranslation();
  const choices = useChoices(plan);
  const fields = fieldsOf(kind, true).filter((f) => f.name !== 'title');
  const values = toFormValues(fields, part);
  const shown = fields.filter((f) => {
    const v = values[f.name];
    return Array.isArray(v) ? v.length > 0 : v !== '' && !(kind === 'work_package' && f.name === 'amount');
  });
  return (
    <dl className="workplan-details">
      {shown.map((f) => (
        <div key={f.name} data-field={f.name}>
          <dt>{t(`workplan.editor.fields.${f.name}`)}</dt>
          <dd>{describe(f, values[f.name], choices, plan)}</dd>
        </div>
      ))}
    </dl>
  );
}

function RemoveDialog({
  plan,
  kind,
  part,
  onDone,
}: {
  plan: Workplan;
  kind: PartKind;
  part: Part;
  onDone: (removed: boolean) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const path = { work_package: 'work-packages', activity: 'activities', result: 'results', event: 'events' }[kind];
  const current = savedPart(plan, { kind, id: part.id });
  const confirm = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const next = unwrap(
        await api.DELETE(
          `/v1/consortia/{id}/workplan/${path}/{partId}` as '/v1/consortia/{id}/workplan/activities/{partId}',
          {
            params: {
              path: { id: plan.consortiumId, partId: part.id },
              query: { version: current?.version ?? part.version },
            },
          },
        ),
      );
      queryClient.setQueryData(workplanKey(plan.consortiumId), next);
      onDone(true);
    } catch (error) {
      setBusy(false);
      setFailure(errorMessage(error, t));
    }
  };
  return (
    <ConfirmDialog
      isOpen
      title={t(`workplan.editor.removeTitle.${kind}`, { title: part.title })}
      confirmLabel={t('workplan.editor.remove')}
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={() => onDone(false)}
    >
      <p>{t(kind === 'work_package' ? 'workplan.editor.removeWpBody' : 'workplan.editor.removeBody')}</p>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
    </ConfirmDialog>
  );
}
