import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { MultiPicker, type MultiPickerProps } from '../../components/picker';

/** A several-choice picker bound to one list field of a form; `onChosen` follows a change.
 *  Shared by the organisation editor and the call form. */
export function ListField<V extends FieldValues>({
  control,
  name,
  onChosen,
  ...picker
}: Omit<MultiPickerProps, 'value' | 'onChange' | 'onBlur' | 'inputRef'> & {
  control: Control<V>;
  name: FieldPath<V>;
  onChosen?: (codes: string[]) => void;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <MultiPicker
          {...picker}
          value={field.value as readonly string[]}
          onChange={(codes) => {
            field.onChange(codes);
            onChosen?.(codes);
          }}
          onBlur={field.onBlur}
          inputRef={field.ref}
        />
      )}
    />
  );
}
