// The story views, loaded together on first use (see use-module.ts).
export { StoriesSection } from '../dossier/stories-section';
export { StoryBank } from './story-bank';
export { StoryEditor } from './story-editor';
