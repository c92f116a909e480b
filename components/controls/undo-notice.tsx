/** What was just deleted, with the way to put it back; gone once undone. */
export function UndoNotice({
  text,
  onUndo,
  onDone,
}: {
  text: string;
  onUndo: () => Promise<void>;
  onDone: () => void;
}) {
  return (
    <p className="section-summary" role="status">
      {`${text} `}
      <button
        type="button"
        className="subtle inline"
        onClick={async () => {
          await onUndo();
          onDone();
        }}
      >
        Undo
      </button>
    </p>
  );
}
