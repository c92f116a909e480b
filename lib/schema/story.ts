import { z } from 'zod/mini';
import { lineSchema, recordFields, requiredLineSchema, textSchema } from './common';

export const storyKinds = ['achievement', 'failure', 'board', 'volunteer', 'other'] as const;

export const metricSchema = z.object({
  /** As the user writes it: "38", "12". */
  value: requiredLineSchema,
  /** "%", "$M", "people", "weeks". */
  unit: lineSchema,
  label: lineSchema,
  /** The line as the user wrote it ("15 % of operating cost"), shown back unchanged; absent in older records. */
  text: z.optional(lineSchema),
});

/** A story in the global bank, reused across interviews. */
export const storySchema = z.object({
  ...recordFields,
  title: requiredLineSchema,
  /** One line to jog the memory in the live view. */
  hook: lineSchema,
  situation: textSchema,
  challenge: textSchema,
  action: textSchema,
  result: textSchema,
  lesson: textSchema,
  metrics: z.array(metricSchema),
  /** Free text such as "2023" or "2019–2021". */
  period: lineSchema,
  teamSize: z.nullable(z.int().check(z.nonnegative())),
  kind: z.enum(storyKinds),
  /** Ids from the competency taxonomy. */
  competencies: z.array(lineSchema),
  tags: z.array(lineSchema),
  archived: z.boolean(),
});
export type Story = z.infer<typeof storySchema>;
