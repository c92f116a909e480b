import { useEffect, useRef } from 'react';
import { type Route, useHashRoute } from './hooks/use-hash-route';
import { useModule } from './hooks/use-module';
import { CapturePreview } from './screens/capture-preview';
import { Dossier } from './screens/dossier';
import { InterviewEditor } from './screens/interview-editor';
import { InterviewList } from './screens/interview-list';
import { loadStoryViews } from './screens/load-story-views';

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

  return (
    <main ref={main} tabIndex={-1} className="app">
      {route.name === 'list' && <InterviewList />}
      {route.name === 'new' && <InterviewEditor key="new" />}
      {route.name === 'edit' && <InterviewEditor key={route.id} interviewId={route.id} />}
      {route.name === 'dossier' && <Dossier key={route.id} interviewId={route.id} />}
      {route.name === 'capture' && <CapturePreview fromInterviewId={route.id} />}
      {(route.name === 'stories' || route.name === 'story') && <StoryRoute route={route} />}
    </main>
  );
}

function StoryRoute({ route }: { route: Extract<Route, { name: 'stories' | 'story' }> }) {
  const views = useModule(loadStoryViews);
  if (!views) return <p className="loading">Loading your stories…</p>;
  if (route.name === 'stories') return <views.StoryBank />;
  return (
    <views.StoryEditor key={route.id ?? `new:${route.competency}`} storyId={route.id} competency={route.competency} />
  );
}
