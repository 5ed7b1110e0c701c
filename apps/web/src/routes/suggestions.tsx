import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/page';
import { RequireSession } from '../components/require-session';
import { EmptyState, ErrorState, Loading } from '../components/states';
import { LoadMore } from '../components/load-more';
import { SuggestionCard } from '../features/suggestions/suggestion-card';
import { useSuggestions } from '../features/suggestions/suggestion-queries';
import { chooseSubject, useSubjects, type Subject, type SubjectKind } from '../features/suggestions/subjects';
import '../features/organisations/modal-dialog.css';
import '../features/suggestions/suggestions.css';

const route = getRouteApi('/suggestions');
const KINDS: SubjectKind[] = ['organisation', 'call', 'consortium'];

export function SuggestionsPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <PageTitle>{t('suggestions.title')}</PageTitle>
      <p className="lead">{t('suggestions.intro')}</p>
      <RequireSession>{() => <Suggestions />}</RequireSession>
    </section>
  );
}

function Suggestions() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const { subjects, isPending, error, refetch } = useSubjects();
  const selectId = useId();

  if (isPending) return <Loading />;
  if (error) return <ErrorState error={error} onRetry={refetch} />;
  const subject = chooseSubject(subjects, search);
  if (!subject)
    return (
      <EmptyState title={t('suggestions.noSubjects.title')}>
        <p>{t('suggestions.noSubjects.body')}</p>
        <p>
          <Link to="/my/organisations" className="button">
            {t('suggestions.noSubjects.action')}
          </Link>
        </p>
      </EmptyState>
    );
  return (
    <>
      <div className="field subject-picker">
        <label htmlFor={selectId}>{t('suggestions.subject')}</label>
        <select
          id={selectId}
          value={`${subject.kind}:${subject.id}`}
          onChange={(e) => {
            const [kind, id] = e.target.value.split(':');
            void navigate({ to: '/suggestions', search: { subject: kind, id }, replace: true });
          }}
        >
          {KINDS.map((kind) => {
            const ofKind = subjects.filter((s) => s.kind === kind);
            if (ofKind.length === 0) return null;
            return (
              <optgroup key={kind} label={t(`suggestions.subjects.${kind}`)}>
                {ofKind.map((s) => (
                  <option key={s.id} value={`${s.kind}:${s.id}`}>
                    {s.name}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </div>
      <SuggestionList key={`${subject.kind}:${subject.id}`} subject={subject} />
    </>
  );
}

function SuggestionList({ subject }: { subject: Subject }) {
  const { t } = useTranslation();
  const pages = useSuggestions(subject);
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const onDismissed = (name: string) => {
    setAnnouncement(t('suggestions.dismiss.done', { name }));
    // The dismissed card (and the button that opened the dialog) is gone: focus the list.
    heading.current?.focus();
  };

  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="suggestion-section" aria-labelledby="suggestions-for">
      <h2 id="suggestions-for" ref={heading} tabIndex={-1} className="user-text">
        {t(`suggestions.for.${subject.kind}`, { name: subject.name })}
      </h2>
      <p role="status" className="suggestion-announcement">
        {announcement}
      </p>
      {!subject.mayAct && <p className="notice">{t('suggestions.readOnly')}</p>}
      {pages.isPending ? (
        <Loading />
      ) : !pages.data ? (
        <ErrorState error={pages.error} onRetry={() => void pages.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('suggestions.empty.title')}>
          <p>{t('suggestions.empty.body')}</p>
        </EmptyState>
      ) : (
        <>
          <ul className="suggestion-list">
            {items.map((s) => (
              <SuggestionCard key={s.id} suggestion={s} subject={subject} onDismissed={onDismissed} />
            ))}
          </ul>
          <LoadMore pages={pages} label={t('suggestions.more')} className="actions" />
        </>
      )}
    </section>
  );
}
