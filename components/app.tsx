import { useEffect, useRef, useState } from 'react';
import type { PendingCapture } from '@/lib/schema/capture';
import { PendingCaptureNotice } from './controls/pending-capture-notice';
import { StoryDraftNotice } from './controls/story-draft-notice';
import { ViewErrorBoundary } from './controls/view-error-boundary';
import { navigate, type Route, useHashRoute } from './hooks/use-hash-route';
import { useModule } from './hooks/use-module';
import { usePendingCaptures } from './hooks/use-pending-capture';
import { useUnsavedTyping } from './hooks/use-unsaved-typing';
import { CapturePreview } from './screens/capture-preview';
import { Dossier } from './screens/dossier';
import { InterviewEditor } from './screens/interview-editor';
import { InterviewList } from './screens/interview-list';
import { loadStoryViews } from './screens/load-story-views';
import { UnknownAddress } from './screens/unknown-address';

export function App() {
  const route = useHashRoute();
  const main = useRef<HTMLElement>(null);
  const routeKey = 'id' in route ? `${route.name}:${route.id}` : route.name;

  // Move focus to the new view, so keyboard and screen-reader users start at its top; unless the view
  // has put it on a field of its own (a new interview's Company).
  useEffect(() => {
    const focused = document.activeElement;
    if (routeKey && (!focused || focused === document.body || !main.current?.contains(focused))) {
      main.current?.focus({ preventScroll: true });
    }
    window.scrollTo(0, 0);
  }, [routeKey]);

  const waiting = usePendingCaptures();
  const newest = waiting?.at(-1)?.pending;
  const fromInterviewId = 'id' in route && route.name !== 'story' ? route.id : undefined;
  const hasUnsavedTyping = useUnsavedTyping(main);
  const { opening, held } = useCaptureArrival(newest, route, fromInterviewId, hasUnsavedTyping);

  return (
    <main ref={main} tabIndex={-1} className="app">
      {waiting && waiting.length > 0 && route.name !== 'capture' && !opening && (
        <PendingCaptureNotice
          waiting={waiting}
          fromInterviewId={fromInterviewId}
          overForm={formRoutes.has(route.name)}
          overTyping={held}
        />
      )}
      {/* Keyed by view, so a draft left a moment ago is offered on the view the person went to. */}
      {route.name !== 'story' && route.name !== 'capture' && <StoryDraftNotice key={`drafts:${routeKey}`} />}
      {/* Keyed by the route: an error in one view leaves the next one to render afresh. */}
      <ViewErrorBoundary key={routeKey}>
        {route.name === 'list' && <InterviewList />}
        {route.name === 'new' && <InterviewEditor key="new" />}
        {route.name === 'edit' && <InterviewEditor key={route.id} interviewId={route.id} />}
        {route.name === 'dossier' && <Dossier key={route.id} interviewId={route.id} />}
        {route.name === 'capture' && <CapturePreview fromInterviewId={route.id} />}
        {(route.name === 'stories' || route.name === 'story') && <StoryRoute route={route} />}
        {route.name === 'unknown' && <UnknownAddress />}
      </ViewErrorBoundary>
    </main>
  );
}

/** The panel's start: a capture made just before (the gesture that opened the panel) counts as arriving now. */
const panelOpenedAt = Date.now() - 10_000;

/** Views whose half-filled form a capture must not take away: there, a notice says one is waiting. */
const formRoutes: ReadonlySet<Route['name']> = new Set(['new', 'edit', 'story']);

/**
 * Opens the preview when a capture arrives (from the shortcut, a context menu or the toolbar), whatever
 * view is open, once per capture; except over a form, or over what the user is typing in the view (a new
 * note, a question): the capture is then held, and the notice says it waits. Returns whether it is about
 * to open, and whether it held the last one back.
 */
function useCaptureArrival(
  pending: PendingCapture | undefined,
  route: Route,
  fromInterviewId: string | undefined,
  hasUnsavedTyping: () => boolean,
) {
  const shownAt = useRef<number | undefined>(undefined);
  const [heldAt, setHeldAt] = useState<number | undefined>(undefined);
  const arrived =
    !!pending && pending.at >= panelOpenedAt && shownAt.current !== pending.at && route.name !== 'capture';
  const opening = arrived && !formRoutes.has(route.name) && heldAt !== pending?.at;
  useEffect(() => {
    if (!pending) return;
    if (route.name === 'capture') shownAt.current = pending.at;
    else if (opening) {
      // Read when the capture arrives, not while rendering: typing changes no state of the app.
      if (hasUnsavedTyping()) {
        setHeldAt(pending.at);
        return;
      }
      shownAt.current = pending.at;
      navigate({ name: 'capture', id: fromInterviewId });
    }
  }, [pending, route.name, opening, fromInterviewId, hasUnsavedTyping]);
  return { opening, held: !!pending && heldAt === pending.at };
}

function StoryRoute({ route }: { route: Extract<Route, { name: 'stories' | 'story' }> }) {
  const views = useModule(loadStoryViews);
  if (!views) return <p className="loading">Loading your stories…</p>;
  if (route.name === 'stories') return <views.StoryBank />;
  return (
    <views.StoryEditor key={route.id ?? `new:${route.competency}`} storyId={route.id} competency={route.competency} />
  );
}
