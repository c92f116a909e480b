import { useWrite } from '../hooks/use-write';
import { WriteError } from './write-error';

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
  const { error, run } = useWrite();
  return (
    <div className="section-summary" role="status">
      {`${text} `}
      <button
        type="button"
        className="subtle inline"
        onClick={async () => {
          if (await run('Not undone', onUndo)) onDone();
        }}
      >
        Undo
      </button>
      <WriteError error={error} />
    </div>
  );
}
