import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useWrite } from '../hooks/use-write';
import { WriteError } from './write-error';

interface ConfirmButtonProps {
  /** The button's text, such as "Delete". */
  label: string;
  /** Its accessible name when the text alone is ambiguous, such as "Delete question 3". */
  ariaLabel?: string;
  /** What the user confirms: "Delete this question?" */
  question: ReactNode;
  onConfirm: () => void | Promise<void>;
  /** What the message says when the action fails: "Not deleted", "Not merged". */
  failure?: string;
}

/** A destructive action that asks once, inline, before it acts; if it fails, the question stays with why. */
export function ConfirmButton({ label, ariaLabel, question, onConfirm, failure = 'Not deleted' }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const { error, run, clear } = useWrite();
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
          if (await run(failure, async () => onConfirm())) setAsking(false);
        }}
      >
        {label}
      </button>
      <button
        ref={cancel}
        type="button"
        onClick={() => {
          clear();
          setAsking(false);
        }}
      >
        Cancel
      </button>
      <WriteError error={error} />
    </fieldset>
  );
}
