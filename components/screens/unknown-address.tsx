import { routeHref } from '../hooks/use-hash-route';

/** Shown for an address that names no view of the panel: a mistyped, cut or damaged link. */
export function UnknownAddress() {
  return (
    <div className="empty">
      <h1>Nothing at this address</h1>
      <p>The link may be mistyped or cut short.</p>
      <a className="button" href={routeHref({ name: 'list' })}>
        All interviews
      </a>
    </div>
  );
}
