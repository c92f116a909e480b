import { cloneElement, type ReactElement, type ReactNode, useId } from 'react';

interface FieldProps {
  label: string;
  /** A stable id for the control, for views that take the person to it (coaching, the first error). */
  id?: string;
  error?: string;
  hint?: string;
  /** One input, select or textarea; it receives the id, aria-invalid and aria-describedby. */
  children: ReactElement<Record<string, unknown>>;
  /** Shown under the message, such as the coaching about this field. */
  notes?: ReactNode;
}

/** A labelled form control with its hint and its error message right below it. */
export function Field({ label, id: givenId, error, hint, children, notes }: FieldProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
      })}
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="error" role="alert">
          {error}
        </p>
      )}
      {notes}
    </div>
  );
}
