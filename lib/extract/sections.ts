import type { TextLine } from './text';

/** A titled part of the page: a heading (or a short bold label) and the lines under it. */
export interface Section {
  heading: TextLine;
  headingIndex: number;
  lines: TextLine[];
}

const MAX_SECTION_LINES = 80;

function headingLevel(line: TextLine): number {
  if (line.heading > 0) return line.heading;
  // A short line in bold or ending with a colon labels what follows: "Requirements:", <strong>Values</strong>.
  const tag = line.ownerTag;
  if (line.text.length <= 60 && (/:$/.test(line.text) || tag === 'STRONG' || tag === 'B' || tag === 'DT')) return 7;
  return 0;
}

/** Sections whose heading matches: their lines run to the next heading of the same or a higher level. */
const decoration = /^[\s_\-–—•·#/|>*~]+/;

export function sectionsMatching(lines: TextLine[], pattern: RegExp): Section[] {
  const found: Section[] = [];
  for (let index = 0; index < lines.length; index++) {
    const heading = lines[index] as TextLine;
    const level = headingLevel(heading);
    // A heading's decoration is not its words: "_ Visión", "// Our values", "— Mission".
    if (level === 0 || heading.text.length > 80 || !pattern.test(heading.text.replace(decoration, ''))) continue;
    const body: TextLine[] = [];
    for (let next = index + 1; next < lines.length && body.length < MAX_SECTION_LINES; next++) {
      const line = lines[next] as TextLine;
      const nextLevel = headingLevel(line);
      if (nextLevel > 0 && nextLevel <= level && !(level === 7 && line.heading === 0 && body.length === 0)) break;
      if (line.heading > 0 && line.heading <= Math.min(level, 6)) break;
      body.push(line);
    }
    if (body.length > 0) found.push({ heading, headingIndex: index, lines: body });
  }
  return found;
}

/** The list items of a section, or its lines when it has no list. */
export function sectionItems(section: Section, max = 40): string[] {
  const items = section.lines.filter((line) => line.blockTag === 'LI');
  const chosen = items.length >= 2 ? items : section.lines.filter((line) => line.heading === 0);
  return chosen
    .map((line) => line.text.replace(/^[•·\-–*]\s*/, ''))
    .filter((text) => text.length > 1)
    .slice(0, max);
}
