// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ViewErrorBoundary } from '@/components/controls/view-error-boundary';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

let container: HTMLDivElement;
let root: ReturnType<typeof createRoot>;

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  // React reports a caught render error on the console; the test reads what the user sees instead.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

/** A view that cannot render while `broken.now` is true, as a view over a record it cannot read. */
const broken = { now: true };
function View() {
  if (broken.now) throw new TypeError("Cannot read properties of undefined (reading 'includes')");
  return createElement('h1', null, 'Interviews');
}

describe('a view that fails to render', () => {
  it('says so, keeps the panel, and offers the way back and another try', () => {
    broken.now = true;
    act(() => root.render(createElement(ViewErrorBoundary, { key: 'dossier:1' }, createElement(View))));
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.querySelector('h1')?.textContent).toBe(
      'Something went wrong showing this view. Nothing you saved is lost.',
    );
    expect(alert?.textContent).toContain("Cannot read properties of undefined (reading 'includes')");
    const back = [...container.querySelectorAll('a')].find((link) => link.textContent === 'Back to interviews');
    expect(back?.getAttribute('href')).toBe('#/');

    broken.now = false;
    const retry = [...container.querySelectorAll('button')].find((button) => button.textContent === 'Try again');
    act(() => retry?.click());
    expect(container.querySelector('h1')?.textContent).toBe('Interviews');
  });

  it('starts afresh on another route', () => {
    broken.now = true;
    act(() => root.render(createElement(ViewErrorBoundary, { key: 'dossier:1' }, createElement(View))));
    expect(container.textContent).toContain('Something went wrong');
    broken.now = false;
    act(() => root.render(createElement(ViewErrorBoundary, { key: 'list' }, createElement(View))));
    expect(container.querySelector('h1')?.textContent).toBe('Interviews');
  });
});
