import { routeHref } from '../hooks/use-hash-route';

/** Shown for a link to an interview that no longer exists. */
export function MissingInterview() {
  return (
    <div className="empty">
      <h1>Interview not found</h1>
      <p>It may have been deleted in another window.</p>
      <a className="button" href={routeHref({ name: 'list' })}>
        All interviews
      </a>
    </div>
  );
}
