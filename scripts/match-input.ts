// Reads the matcher's input files: stories as the schema's records (missing text fields count as empty,
// so hand-written files work) and questions as { id, text, competencies? }.
import { readFileSync } from 'node:fs';
import type { MatchableStory, MatchQuestion } from '@/lib/match/story-index';
import { storyKinds } from '@/lib/schema/story';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function readArray(path: string): Record<string, unknown>[] {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${path}: expected a JSON array.`);
  return parsed.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null);
}

export function readStories(path: string): MatchableStory[] {
  return readArray(path).flatMap((item, index) => {
    const id = item.id === undefined ? '' : String(item.id);
    if (!id) {
      console.error(`${path}: story ${index + 1} has no id; skipped.`);
      return [];
    }
    const kind = storyKinds.find((known) => known === item.kind) ?? 'other';
    return [
      {
        id,
        title: text(item.title),
        hook: text(item.hook),
        situation: text(item.situation),
        challenge: text(item.challenge),
        action: text(item.action),
        result: text(item.result),
        lesson: text(item.lesson),
        kind,
        competencies: list(item.competencies),
        tags: list(item.tags),
        archived: item.archived === true,
      },
    ];
  });
}

export type LabelledQuestion = MatchQuestion & { id: string; picks: string[] };

export function readQuestions(path: string): LabelledQuestion[] {
  return readArray(path).flatMap((item, index) => {
    const id = item.id === undefined ? '' : String(item.id);
    if (!id || !text(item.text)) {
      console.error(`${path}: question ${index + 1} needs an id and a text; skipped.`);
      return [];
    }
    return [{ id, text: text(item.text), competencies: list(item.competencies), picks: list(item.picks).map(String) }];
  });
}
