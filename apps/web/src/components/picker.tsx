import { useContext, useMemo, useState, type ReactNode, type Ref } from 'react';
import {
  Button,
  ComboBox,
  ComboBoxStateContext,
  FieldError,
  Group,
  Header,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Popover,
  Tag,
  TagGroup,
  TagList,
  Text,
  type Key,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { firstListed, pickerSections, type PickerGroup, type PickerOption } from './picker-filter';
import './picker.css';

// Searchable pickers over a code list (countries, NACE, topics…), built on React Aria's ComboBox:
// type to filter, arrows to move, Enter to choose (the first match when none is highlighted, so
// typing "Gree" then Enter chooses Greece), Escape to close. The multiple picker keeps its
// list open to choose several (the search starts afresh after each choice) and shows the choices
// as tags below (Delete or Backspace on a tag,
// or its button, removes it); with none chosen yet it says so in plain text, not as a tab stop. This module pulls in react-aria-components: import it only from
// lazily loaded pages.

export type { PickerGroup, PickerOption } from './picker-filter';

interface PickerBaseProps {
  label: string;
  options: readonly PickerOption[];
  /** Headings to list the options under, in this order (options carry `group`). */
  groups?: readonly PickerGroup[];
  hint?: ReactNode;
  /** The problem to show, already in words; ties itself to the input. */
  error?: string;
  required?: boolean;
  disabled?: boolean;
  /** Show each option's code before its label (NACE: "P Education"). */
  showCodes?: boolean;
  placeholder?: string;
  onBlur?: () => void;
  /** The search input, for moving focus to the field (react-hook-form's field.ref). */
  inputRef?: Ref<HTMLInputElement>;
}

export interface SinglePickerProps extends PickerBaseProps {
  value: string | null;
  onChange: (code: string | null) => void;
}

export interface MultiPickerProps extends PickerBaseProps {
  value: readonly string[];
  onChange: (codes: string[]) => void;
  /** At most this many choices; the others are disabled once it is reached. */
  max?: number;
}

function textOf(option: PickerOption, showCodes: boolean | undefined): string {
  return showCodes ? `${option.code} ${option.label}` : option.label;
}

function Options({
  options,
  groups,
  query,
  showCodes,
}: {
  options: readonly PickerOption[];
  groups?: readonly PickerGroup[];
  query: string;
  showCodes?: boolean;
}) {
  const sections = useMemo(() => pickerSections(options, query, groups), [options, query, groups]);
  const item = (option: PickerOption) => (
    <ListBoxItem key={option.code} id={option.code} textValue={textOf(option, showCodes)} className="picker-option">
      {({ isSelected }) => (
        <>
          <span className="picker-check" aria-hidden="true">
            {isSelected ? '✓' : ''}
          </span>
          {showCodes && <span className="picker-code">{option.code}</span>}
          {showCodes && ' '}
          <span>{option.label}</span>
        </>
      )}
    </ListBoxItem>
  );
  return sections.map((section, index) =>
    section.group ? (
      <ListBoxSection key={section.group.id} id={section.group.id} className="picker-section">
        <Header className="picker-heading">{section.group.label}</Header>
        {section.options.map(item)}
      </ListBoxSection>
    ) : (
      <ListBoxSection key={`rest-${index}`} id={`rest-${index}`} className="picker-section">
        {section.options.map(item)}
      </ListBoxSection>
    ),
  );
}

function Field({
  label,
  required,
  hint,
  error,
  placeholder,
  inputRef,
  onEnterUnhighlighted,
  children,
}: Pick<PickerBaseProps, 'label' | 'required' | 'hint' | 'error' | 'placeholder' | 'inputRef'> & {
  /** Enter pressed with no option highlighted (React Aria has already put the input back). */
  onEnterUnhighlighted: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const state = useContext(ComboBoxStateContext);
  return (
    <>
      <Label className="picker-label">
        {label}
        {required && <span className="required"> ({t('common.required')})</span>}
      </Label>
      {hint && (
        <Text slot="description" className="field-hint">
          {hint}
        </Text>
      )}
      <Group className="picker-control">
        <Input
          className="picker-input"
          placeholder={placeholder ?? t('picker.placeholder')}
          ref={inputRef}
          onKeyDown={(event) => {
            const highlighted = state?.isOpen && state.selectionManager.focusedKey != null;
            if (event.key === 'Enter' && !highlighted) onEnterUnhighlighted();
          }}
        />
        <Button className="picker-toggle" aria-label={t('picker.showAll')}>
          <span aria-hidden="true">▾</span>
        </Button>
      </Group>
      <FieldError className="field-error">{error}</FieldError>
      {children}
    </>
  );
}

const acceptAll = () => true;

/** One code out of a list, searchable. */
export function SinglePicker(props: SinglePickerProps) {
  const { t } = useTranslation();
  const { options, value, onChange, showCodes } = props;
  const selected = options.find((o) => o.code === value);
  const selectedText = selected ? textOf(selected, showCodes) : '';
  const [query, setQuery] = useState<string | undefined>(undefined);
  const input = query ?? selectedText;
  // While the input shows the current choice, the list shows everything.
  const filter = input === selectedText ? '' : input;
  return (
    <ComboBox
      className={`picker field${props.error ? ' field-invalid' : ''}`}
      value={value}
      onChange={(key: Key | null) => {
        const code = key === null ? null : String(key);
        if (code !== null || !props.required) onChange(code);
        setQuery(undefined);
      }}
      inputValue={input}
      onInputChange={setQuery}
      defaultFilter={acceptAll}
      allowsEmptyCollection
      isInvalid={Boolean(props.error)}
      isRequired={props.required}
      isDisabled={props.disabled}
      validationBehavior="aria"
      onBlur={props.onBlur}
      onOpenChange={(open) => {
        if (!open) setQuery(undefined);
      }}
    >
      <Field
        {...props}
        onEnterUnhighlighted={() => {
          const first = firstListed(options, filter, props.groups);
          if (first) onChange(first.code);
          setQuery(undefined);
        }}
      >
        <Popover className="picker-popover" placement="bottom start">
          <ListBox
            className="picker-list"
            renderEmptyState={() => <p className="picker-empty">{t('picker.noMatch')}</p>}
          >
            <Options options={options} groups={props.groups} query={filter} showCodes={showCodes} />
          </ListBox>
        </Popover>
      </Field>
    </ComboBox>
  );
}

/** Several codes out of a list, searchable; the choices listed as removable tags. */
export function MultiPicker(props: MultiPickerProps) {
  const { t } = useTranslation();
  const { options, value, onChange, showCodes, max } = props;
  const [query, setQuery] = useState('');
  const byCode = useMemo(() => new Map(options.map((o) => [o.code, o])), [options]);
  const full = max !== undefined && value.length >= max;
  const disabledKeys = useMemo(
    () => (full ? options.filter((o) => !value.includes(o.code)).map((o) => o.code) : []),
    [full, options, value],
  );
  const chosen = value.map((code) => byCode.get(code) ?? { code, label: code });
  const remove = (keys: Set<Key>) => onChange(value.filter((code) => !keys.has(code)));
  const counted = max !== undefined ? t('picker.count', { count: value.length, max }) : undefined;
  return (
    <div className={`picker picker-multiple field${props.error ? ' field-invalid' : ''}`}>
      <ComboBox<PickerOption, 'multiple'>
        selectionMode="multiple"
        value={value}
        onChange={(keys: Key[]) => {
          onChange(keys.map(String));
          // Ready for the next search; the list stays open with everything in it.
          setQuery('');
        }}
        inputValue={query}
        onInputChange={setQuery}
        defaultFilter={acceptAll}
        allowsEmptyCollection
        disabledKeys={disabledKeys}
        isInvalid={Boolean(props.error)}
        isRequired={props.required}
        isDisabled={props.disabled}
        validationBehavior="aria"
        onBlur={props.onBlur}
        onOpenChange={(open) => {
          if (!open) setQuery('');
        }}
        className="picker-combobox"
      >
        <Field
          {...props}
          onEnterUnhighlighted={() => {
            if (full) return;
            const first = firstListed(options, query, props.groups, (o) => value.includes(o.code));
            if (first) onChange([...value, first.code]);
            setQuery('');
          }}
          hint={
            <>
              {props.hint}
              {props.hint && counted ? ' ' : ''}
              {counted}
            </>
          }
        >
          <Popover className="picker-popover" placement="bottom start">
            <ListBox
              className="picker-list"
              renderEmptyState={() => <p className="picker-empty">{t('picker.noMatch')}</p>}
            >
              <Options options={options} groups={props.groups} query={query} showCodes={showCodes} />
            </ListBox>
          </Popover>
        </Field>
      </ComboBox>
      {chosen.length === 0 ? (
        // An empty TagGroup would still be a tab stop (with nothing to show focus on).
        <p className="picker-none">{t('picker.none')}</p>
      ) : (
        <TagGroup
          className="picker-tags"
          aria-label={t('picker.chosen', { label: props.label })}
          onRemove={props.disabled ? undefined : remove}
        >
          <TagList items={chosen} className="picker-tag-list">
            {(option) => (
              <Tag id={option.code} textValue={textOf(option, showCodes)} className="picker-tag">
                {showCodes && <span className="picker-code">{option.code}</span>}
                {showCodes && ' '}
                {option.label}
                {!props.disabled && (
                  <Button slot="remove" className="picker-remove" aria-label={t('picker.remove')}>
                    <span aria-hidden="true">×</span>
                  </Button>
                )}
              </Tag>
            )}
          </TagList>
        </TagGroup>
      )}
    </div>
  );
}
