/** What a write could not keep, said where the user made it. */
export function WriteError({ error }: { error: string }) {
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {error}
    </p>
  );
}
