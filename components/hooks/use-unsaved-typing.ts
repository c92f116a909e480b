import { type RefObject, useCallback, useEffect, useRef } from 'react';

type TextField = HTMLInputElement | HTMLTextAreaElement;

const textInputTypes = new Set(['text', 'search', 'url', 'email', 'tel', 'number', 'date', 'time', 'datetime-local']);

function isTextField(element: EventTarget | null): element is TextField {
  return (
    element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && textInputTypes.has(element.type))
  );
}

/**
 * Whether the user has typed into a field of the view that is not saved yet: any field of `root` whose
 * value has changed since the user first went into it (a new note, a question, a person's notes). A
 * field the user never entered, or one put back as it was, is not unsaved typing.
 */
export function useUnsavedTyping(root: RefObject<HTMLElement | null>): () => boolean {
  const valueOnEntry = useRef(new WeakMap<TextField, string>());
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const onFocus = (event: FocusEvent) => {
      if (isTextField(event.target) && !valueOnEntry.current.has(event.target))
        valueOnEntry.current.set(event.target, event.target.value);
    };
    element.addEventListener('focusin', onFocus);
    return () => element.removeEventListener('focusin', onFocus);
  }, [root]);
  return useCallback(
    () =>
      Array.from(root.current?.querySelectorAll('input, textarea') ?? []).some((field) => {
        const entered = isTextField(field) ? valueOnEntry.current.get(field) : undefined;
        return entered !== undefined && (field as TextField).value !== entered;
      }),
    [root],
  );
}
