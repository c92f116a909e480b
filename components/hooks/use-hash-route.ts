import { useEffect, useState } from 'react';

/** The panel's views. The route lives in the URL hash so that a reload keeps the user where they were. */
export type Route =
  | { name: 'list' }
  | { name: 'new' }
  | { name: 'dossier'; id: string }
  | { name: 'edit'; id: string }
  /** The preview of a capture; `id` is the interview the user came from, if any. */
  | { name: 'capture'; id?: string }
  | { name: 'stories' }
  /** A story's editor; without an id, a new story, optionally tagged with a competency to write about. */
  | { name: 'story'; id?: string; competency?: string }
  /** An address that names no view: a mistyped or damaged link. */
  | { name: 'unknown' };

/** A part of the address as it was meant; a damaged escape ("%E0%A4%A") is kept as written. */
function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodePart);
  if (parts.every((part) => part === '')) return { name: 'list' };
  if (parts[0] === 'new') return { name: 'new' };
  if (parts[0] === 'stories') {
    if (parts[1] === 'new') return parts[2] ? { name: 'story', competency: parts[2] } : { name: 'story' };
    return parts[1] ? { name: 'story', id: parts[1] } : { name: 'stories' };
  }
  if (parts[0] === 'capture') return parts[1] ? { name: 'capture', id: parts[1] } : { name: 'capture' };
  if (parts[0] === 'interview' && parts[1]) {
    return parts[2] === 'edit' ? { name: 'edit', id: parts[1] } : { name: 'dossier', id: parts[1] };
  }
  return { name: 'unknown' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'list':
    case 'unknown':
      return '#/';
    case 'new':
      return '#/new';
    case 'dossier':
      return `#/interview/${encodeURIComponent(route.id)}`;
    case 'edit':
      return `#/interview/${encodeURIComponent(route.id)}/edit`;
    case 'capture':
      return route.id ? `#/capture/${encodeURIComponent(route.id)}` : '#/capture';
    case 'stories':
      return '#/stories';
    case 'story':
      if (route.id) return `#/stories/${encodeURIComponent(route.id)}`;
      return route.competency ? `#/stories/new/${encodeURIComponent(route.competency)}` : '#/stories/new';
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
