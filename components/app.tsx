import { useEffect, useRef } from 'react';
import { CapturePreview } from './capture-preview';
import { Dossier } from './dossier';
import { InterviewEditor } from './interview-editor';
import { InterviewList } from './interview-list';
import { StoryBank } from './story-bank';
import { StoryEditor } from './story-editor';
import { useHashRoute } from './use-hash-route';

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
      {route.name === 'stories' && <StoryBank />}
      {route.name === 'story' && (
        <StoryEditor key={route.id ?? `new:${route.competency}`} storyId={route.id} competency={route.competency} />
      )}
    </main>
  );
}
