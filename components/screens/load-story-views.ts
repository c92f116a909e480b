/** Loads the story views' chunk; one stable function, shared by every view that needs them. */
export const loadStoryViews = () => import('./story-views');
