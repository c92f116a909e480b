import { describe, expect, it } from 'vitest';
import { interviewSchema, noteSchema, personSchema, questionSchema } from '@/lib/schema';
import * as make from '../factories';

describe('record schemas', () => {
  it('accept the records the factories build, with string ids and timestamps', () => {
    const company = make.company();
    const interview = make.interview(company.id);
    for (const record of [
      company,
      interview,
      make.person(company.id),
      make.source(company.id),
      make.fact(company.id),
      make.question(interview.id),
      make.note(interview.id),
      make.story(),
      make.storyUse('story-1', interview.id),
    ]) {
      expect(typeof record.id).toBe('string');
      expect(record.createdAt).toBeTypeOf('number');
      expect(record.updatedAt).toBeTypeOf('number');
    }
  });

  it('refuse a meeting link that is not an http(s) URL', () => {
    const interview = make.interview('c');
    expect(interviewSchema.safeParse({ ...interview, meetingUrl: 'javascript:alert(1)' }).success).toBe(false);
    expect(interviewSchema.safeParse({ ...interview, meetingUrl: 'zoom.us/j/1' }).success).toBe(false);
    expect(interviewSchema.safeParse({ ...interview, meetingUrl: 'https://zoom.us/j/1' }).success).toBe(true);
    expect(interviewSchema.safeParse({ ...interview, meetingUrl: '' }).success).toBe(true);
  });

  it('refuse records missing what identifies them', () => {
    expect(personSchema.safeParse({ ...make.person('c'), name: '' }).success).toBe(false);
    expect(questionSchema.safeParse({ ...make.question('i'), text: '' }).success).toBe(false);
    expect(noteSchema.safeParse({ ...make.note('i'), interviewId: undefined }).success).toBe(false);
    expect(interviewSchema.safeParse({ ...make.interview('c'), status: 'maybe' }).success).toBe(false);
  });

  it('keep very long text whole', () => {
    const text = 'x'.repeat(150_000);
    expect(noteSchema.parse({ ...make.note('i'), text }).text).toHaveLength(150_000);
  });
});
