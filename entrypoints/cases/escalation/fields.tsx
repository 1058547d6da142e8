/** The form's small inputs: a labelled text or date field, a select of labelled choices, a checkbox. */
import type { ComponentChildren } from 'preact';
import { type MessageKey } from '@/utils/platform/i18n';
import { useT } from '@/components/settings';

interface TextProps {
  label: ComponentChildren;
  testid: string;
  value: string | undefined;
  onInput: (value: string) => void;
  type?: 'text' | 'date' | 'tel' | 'email';
  inputMode?: 'decimal' | 'numeric';
  onBlur?: () => void;
  note?: ComponentChildren;
}

export function TextField({ label, testid, value, onInput, type = 'text', inputMode, onBlur, note }: TextProps) {
  return (
    <label class="field">
      {label}
      <input
        type={type as 'text'}
        inputMode={inputMode}
        data-testid={testid}
        value={value ?? ''}
        onInput={(e) => onInput(e.currentTarget.value)}
        onBlur={onBlur}
      />
      {note && <span class="muted">{note}</span>}
    </label>
  );
}

interface SelectProps<T extends string> {
  label: MessageKey;
  testid: string;
  value: T | undefined;
  choices: [T, MessageKey][];
  /** The label of the empty choice, when the question may stay unanswered. */
  none?: MessageKey;
  onChange: (value: T | undefined) => void;
  note?: ComponentChildren;
}

export function SelectField<T extends string>({ label, testid, value, choices, none, onChange, note }: SelectProps<T>) {
  const t = useT();
  return (
    <label class="field">
      {t(label)}
      <select data-testid={testid} value={value ?? ''} onChange={(e) => onChange((e.currentTarget.value || undefined) as T | undefined)}>
        {none && <option value="">{t(none)}</option>}
        {choices.map(([id, key]) => (
          <option value={id} key={id}>{t(key)}</option>
        ))}
      </select>
      {note && <span class="muted">{note}</span>}
    </label>
  );
}

interface CheckProps {
  label: ComponentChildren;
  testid: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckField({ label, testid, checked, onChange }: CheckProps) {
  return (
    <label class="choice">
      <input type="checkbox" data-testid={testid} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      {label}
    </label>
  );
}
