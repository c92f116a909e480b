import { Component, type ErrorInfo, type ReactNode } from 'react';
import { routeHref } from '../hooks/use-hash-route';

interface ViewErrorBoundaryProps {
  children?: ReactNode;
}

interface ViewErrorBoundaryState {
  error?: unknown;
}

/**
 * Catches an error while a view renders (a record the view cannot read, a bug), so the panel shows
 * what happened and the way back instead of going blank. Keyed by the route where it is used, so
 * navigating elsewhere starts afresh; React offers this only to a class component.
 */
export class ViewErrorBoundary extends Component<ViewErrorBoundaryProps, ViewErrorBoundaryState> {
  override state: ViewErrorBoundaryState = {};

  static getDerivedStateFromError(error: unknown): ViewErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.warn('Dossier could not show this view.', error, info.componentStack);
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    const { error } = this.state;
    const message = error instanceof Error ? error.message : String(error);
    return (
      <div className="empty view-error" role="alert">
        <h1>Something went wrong showing this view. Nothing you saved is lost.</h1>
        {message && <p className="text-block">{message}</p>}
        <div className="actions">
          {/* From the list itself the link changes no route, so it clears the error too. */}
          <a
            className="button primary"
            href={routeHref({ name: 'list' })}
            onClick={() => this.setState({ error: undefined })}
          >
            Back to interviews
          </a>
          <button type="button" onClick={() => this.setState({ error: undefined })}>
            Try again
          </button>
        </div>
      </div>
    );
  }
}
