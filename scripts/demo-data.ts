import { instantToZonedParts, userTimeZone, zonedTimeToInstant } from '@/lib/time';
import * as make from '@/tests/factories';

const DAY = 86_400_000;

/** A small, fictional set of interviews that shows every part of the panel. */
export function demoDossier(now = Date.now()) {
  const zone = userTimeZone();
  // Two days from now at 10:00 on the user's own clock.
  const day = instantToZonedParts(now + 2 * DAY, zone).date;
  const reading = zonedTimeToInstant(day, '10:00', zone);
  // No zone moves its clocks at 10:00; should one, the demo still needs a start.
  const startsAt = reading.kind === 'ok' ? reading.instant : now + 2 * DAY;

  const lumenfield = make.company({ name: 'Lumenfield Systems', website: 'http://127.0.0.1/' });
  const brightwater = make.company({ name: 'Brightwater Health' });
  const kestrel = make.company({ name: 'Kestrel Analytics' });

  const panel = make.interview(lumenfield.id, {
    role: 'Chief Operating Officer',
    round: 'Panel with the CFO and the CHRO',
    startsAt,
    timeZone: zone,
    durationMinutes: 75,
    meetingUrl: 'https://meet.example.com/lfs-coo-panel',
    status: 'scheduled',
  });
  const past = make.interview(brightwater.id, {
    role: 'VP Operations',
    round: 'Recruiter screen',
    startsAt: now - 9 * DAY,
    timeZone: zone,
    status: 'completed',
  });
  const undated = make.interview(kestrel.id, {
    role: 'Chief Operating Officer',
    round: 'First conversation with the founder',
    startsAt: null,
    timeZone: zone,
    status: 'preparing',
  });

  const people = [
    make.person(lumenfield.id, {
      name: 'Daniel Osei',
      title: 'Chief Financial Officer',
      notes: 'Joined from a private-equity portfolio company in 2024. Will probe capital allocation and payback.',
      interviewIds: [panel.id],
    }),
    make.person(lumenfield.id, {
      name: 'Priya Raman',
      title: 'Chief People Officer',
      notes: 'Led the shift to four regional hubs. Cares about how leaders develop managers.',
      interviewIds: [panel.id],
    }),
    make.person(lumenfield.id, { name: 'Maren Holt', title: 'Chief Executive Officer', interviewIds: [] }),
  ];

  const questionTexts = [
    ['Why is the COO seat open now, and what did the last COO leave unfinished?', 'Why the seat is open'],
    ['Which decisions will be mine alone, and which go to the executive team or the board?', 'Mandate'],
    ['How will you judge my first twelve months: which two or three numbers?', 'How success is measured'],
    ['Where does the four-hub model strain today?', 'Priya led the regional reorganisation'],
  ];
  const questions = questionTexts.map(([text, reason], index) =>
    make.question(panel.id, { text, reason, rank: index + 1, starred: index === 2 }),
  );
  const notes = [
    make.note(panel.id, {
      text: 'Recruiter: the panel runs 75 minutes; Daniel goes first. Bring one turnaround story with numbers.',
      createdAt: now - DAY,
      updatedAt: now - DAY,
    }),
  ];

  return {
    companies: [lumenfield, brightwater, kestrel],
    interviews: [panel, past, undated],
    people,
    questions,
    notes,
  };
}
