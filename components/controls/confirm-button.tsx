import { type ReactNode, useEffect, useRef, useState } from 'react';

interface ConfirmButtonProps {
  /** The button's text, such as "Delete". */
  label: string;
  /** Its accessible name when the text alone is ambiguous, such as "Delete question 3". */
  ariaLabel?: string;
  /** What the user confirms: "Delete this question?" */
  question: ReactNode;
  onConfirm: () => void | Promise<void>;
}

/** A destructive action that asks once, inline, before it acts. */
export function ConfirmButton({ label, ariaLabel, question, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" className="subtle danger" aria-label={ariaLabel} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <fieldset className="confirm">
      <legend>{question}</legend>
      <button
        type="button"
        className="danger"
        onClick={async () => {
          await onConfirm();
          setAsking(false);
        }}
      >
        {label}
      </button>
      <button ref={cancel} type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </fieldset>
  );
}
