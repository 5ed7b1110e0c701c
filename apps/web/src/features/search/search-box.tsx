import { useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../taxonomies/use-taxonomies';
import { useNameSuggestions, type NameSuggestion } from './use-organisation-search';

/** How long typing pauses before the search runs. */
export const DEBOUNCE_MS = 150;

interface SearchBoxProps {
  /** The words in the URL. */
  q: string;
  /** Runs the search for `text`; `replace` when this burst of typing already has its history entry. */
  onSearch: (text: string, replace: boolean) => void;
}

/**
 * The free-text box: an ARIA 1.2 combobox (list autocomplete) whose suggestions are organisation
 * names. Typing searches after a short pause; choosing a name opens that organisation's profile.
 * One burst of typing makes one history entry, so back returns to the search before it.
 *
 * Hand-built rather than React Aria's ComboBox: that one hides the rest of the page from
 * assistive technology while its list is open (the submit button included), and the page needs
 * its own Enter and Escape behaviour (search now; close the list before clearing the box).
 */
export function SearchBox({ q, onSearch }: SearchBoxProps) {
  const { t } = useTranslation();
  const label = useLabels();
  const navigate = useNavigate();
  const id = useId();
  const [text, setText] = useState(q);
  const [focused, setFocused] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const sent = useRef(q);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const burst = useRef(false);
  const leaving = useRef(false);
  const suggestions = useNameSuggestions(text, focused);
  const items: NameSuggestion[] = open && text.trim().length >= 2 ? (suggestions.data ?? []) : [];
  const expanded = items.length > 0;
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;

  // The URL changed under us (back, forward, a link, "search without the words"): show its words.
  useEffect(() => {
    if (q !== sent.current) {
      sent.current = q;
      setText(q);
      setOpen(false);
      burst.current = false;
    }
  }, [q]);

  useEffect(() => () => clearTimeout(timer.current), []);

  // New suggestions: nothing is picked until the arrows pick it.
  useEffect(() => setActive(-1), [suggestions.data]);

  const send = (value: string) => {
    clearTimeout(timer.current);
    if (leaving.current || value === sent.current) return;
    sent.current = value;
    onSearch(value, burst.current);
    burst.current = true;
  };

  const type = (value: string) => {
    setText(value);
    setOpen(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => send(value), DEBOUNCE_MS);
  };

  const choose = (item: NameSuggestion) => {
    leaving.current = true;
    clearTimeout(timer.current);
    setOpen(false);
    void navigate({ to: '/organisations/$id', params: { id: item.id } });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setOpen(false);
    send(text);
    burst.current = false;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!expanded) {
        setOpen(true);
        return;
      }
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => {
        const next = i + step;
        return next >= items.length ? -1 : next < -1 ? items.length - 1 : next;
      });
    } else if (e.key === 'Enter' && expanded && active >= 0) {
      e.preventDefault();
      const item = items[active];
      if (item) choose(item);
    } else if (e.key === 'Escape' && expanded) {
      // Escape closes the list; only with no list open does it clear the box (as search boxes do).
      e.preventDefault();
      setOpen(false);
    }
  };

  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor={`${id}-input`} className="search-box-label">
        {t('search.box.label')}
      </label>
      <div className="search-box-row">
        <div className="search-combobox">
          <input
            id={`${id}-input`}
            className="search-box-input"
            data-testid="search-input"
            type="search"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            aria-describedby={`${id}-hint`}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            maxLength={200}
            placeholder={t('search.box.placeholder')}
            value={text}
            onChange={(e) => type(e.target.value)}
            onKeyDown={onKeyDown}
            onFocus={() => setFocused(true)}
            onBlur={() => {
              setFocused(false);
              setOpen(false);
              burst.current = false;
            }}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={t('search.box.suggestions')}
            className="search-suggestions"
            hidden={!expanded}
          >
            {items.map((item, i) => (
              <li
                key={item.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className="search-suggestion"
                // Keep focus in the box: the click chooses, the blur would close the list first.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(item)}
              >
                <span className="search-suggestion-name">{item.name}</span>
                <span className="search-suggestion-country">{label('countries', item.country)}</span>
              </li>
            ))}
          </ul>
        </div>
        <button type="submit" className="button">
          {t('search.box.submit')}
        </button>
      </div>
      <p id={`${id}-hint`} className="search-box-hint">
        {t('search.box.hint')}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {expanded ? t('search.box.suggestionCount', { count: items.length }) : ''}
      </p>
    </form>
  );
}
