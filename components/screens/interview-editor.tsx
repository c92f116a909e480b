import { type FormEvent, useMemo, useRef, useState } from 'react';
import { createInterview, updateInterview } from '@/lib/db/interviews';
import { writeErrorMessage } from '@/lib/db/write-error';
import {
  emptyInterviewForm,
  type InterviewFormErrors,
  type InterviewFormValues,
  interviewToForm,
  parseInterviewForm,
  repeatedTimeQuestion,
} from '@/lib/interviews/form';
import { dropInterviewDraft, keepInterviewDraft, loadInterviewDraft } from '@/lib/interviews/form-draft';
import { interviewStatuses } from '@/lib/schema';
import { timeZoneNames, userTimeZone } from '@/lib/time';
import { Field } from '../controls/field';
import { statusLabels } from '../controls/status-labels';
import { useInterview } from '../hooks/live-queries';
import { navigate, routeHref } from '../hooks/use-hash-route';
import { MissingInterview } from './missing-interview';

const timeFields = new Set<keyof InterviewFormValues>(['date', 'time', 'timeZone']);

/** Creates an interview, or edits one when `interviewId` is given. */
export function InterviewEditor({ interviewId }: { interviewId?: string }) {
  const existing = useInterview(interviewId ?? '');
  if (interviewId && existing === undefined) return <p className="loading">Loading…</p>;
  if (interviewId && existing === null) return <MissingInterview />;
  const initial = existing
    ? interviewToForm(existing.interview, existing.company.name)
    : emptyInterviewForm(userTimeZone());
  return <InterviewForm interviewId={interviewId} initial={initial} />;
}

const sameForm = (a: InterviewFormValues, b: InterviewFormValues) => JSON.stringify(a) === JSON.stringify(b);

function InterviewForm({ interviewId, initial }: { interviewId?: string; initial: InterviewFormValues }) {
  const draftKey = interviewId ?? 'new';
  // What was typed and left unsaved (the panel closed, Back) comes back; the notice says so and offers the saved values.
  const [restored, setRestored] = useState(() => {
    const kept = loadInterviewDraft(draftKey);
    return kept && !sameForm({ ...initial, ...kept.values }, initial) ? kept : undefined;
  });
  const [values, setValuesNow] = useState(() => (restored ? { ...initial, ...restored.values } : initial));
  const setValues = (update: (current: InterviewFormValues) => InterviewFormValues) =>
    setValuesNow((current) => {
      const next = update(current);
      if (sameForm(next, initial)) dropInterviewDraft(draftKey);
      else keepInterviewDraft(draftKey, next);
      return next;
    });
  const [errors, setErrors] = useState<InterviewFormErrors>({});
  const [saveError, setSaveError] = useState('');
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const zones = useMemo(() => timeZoneNames([initial.timeZone]), [initial.timeZone]);
  const { date, time, timeZone } = values;
  const repeated = useMemo(
    () => repeatedTimeQuestion({ ...initial, date, time, timeZone }),
    [initial, date, time, timeZone],
  );
  const cancelHref = routeHref(interviewId ? { name: 'dossier', id: interviewId } : { name: 'list' });

  const bind = (field: keyof InterviewFormValues) => ({
    name: field,
    value: values[field],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({
        ...current,
        [field]: event.target.value,
        // A choice between the two readings of a repeated hour was about the time it was made for.
        repeatedTime: timeFields.has(field) ? '' : current.repeatedTime,
      })),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const partlyTyped = (name: string) =>
      form.current?.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.validity.badInput === true;
    const result = parseInterviewForm(values, { date: partlyTyped('date'), time: partlyTyped('time') });
    if (!result.ok) {
      setErrors(result.errors);
      // Let React draw the messages, then take the user to the first field that needs them.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = interviewId
        ? await updateInterview(interviewId, result.input)
        : await createInterview(result.input);
      dropInterviewDraft(draftKey);
      navigate({ name: 'dossier', id: saved.id });
    } catch (error) {
      setSaveError(writeErrorMessage(error));
      setSaving(false);
    }
  }

  return (
    <form ref={form} className="interview-form" onSubmit={submit} noValidate>
      {/* Like Cancel, but what was typed is kept and offered again when the form is opened next. */}
      <a className="back" href={cancelHref}>
        {interviewId ? '← Back to the dossier' : '← All interviews'}
      </a>
      <header className="view-header">
        <h1>{interviewId ? 'Edit interview' : 'New interview'}</h1>
      </header>
      {restored && (
        <div className="notice" role="status">
          <p>This is what you typed {interviewId ? 'here' : 'for a new interview'} earlier; it is not saved yet.</p>
          <button
            type="button"
            onClick={() => {
              dropInterviewDraft(draftKey);
              setValuesNow(initial);
              setRestored(undefined);
            }}
          >
            {interviewId ? 'Show the saved interview' : 'Start over'}
          </button>
        </div>
      )}
      <Field label="Company" error={errors.companyName}>
        <input {...bind('companyName')} autoComplete="organization" required autoFocus={!interviewId} />
      </Field>
      <Field label="Role" error={errors.role}>
        <input {...bind('role')} placeholder="Chief Operating Officer" />
      </Field>
      <Field label="Round" error={errors.round}>
        <input {...bind('round')} placeholder="Panel with the CFO and the CHRO" />
      </Field>
      <div className="field-row">
        <Field label="Date" error={errors.date}>
          <input {...bind('date')} type="date" />
        </Field>
        <Field label="Start time" error={errors.time}>
          <input {...bind('time')} type="time" />
        </Field>
      </div>
      {repeated && (
        <div className={errors.repeatedTime ? 'field invalid' : 'field'}>
          <fieldset className="name-choice">
            <legend>{repeated.question}</legend>
            {repeated.options.map((option) => (
              <label key={option.choice} className="check">
                <input
                  type="radio"
                  name="repeatedTime"
                  value={option.choice}
                  checked={values.repeatedTime === option.choice}
                  aria-invalid={errors.repeatedTime ? true : undefined}
                  onChange={() => setValues((current) => ({ ...current, repeatedTime: option.choice }))}
                />
                {option.label}
              </label>
            ))}
          </fieldset>
          {errors.repeatedTime && (
            <p className="error" role="alert">
              {errors.repeatedTime}
            </p>
          )}
        </div>
      )}
      <div className="field-row">
        <Field label="Time zone" error={errors.timeZone}>
          <select {...bind('timeZone')}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Length (minutes)" error={errors.durationMinutes}>
          <input {...bind('durationMinutes')} inputMode="numeric" />
        </Field>
      </div>
      <Field label="Meeting link" error={errors.meetingUrl}>
        <input
          {...bind('meetingUrl')}
          inputMode="url"
          autoCapitalize="off"
          spellCheck={false}
          placeholder="meet.google.com/abc-defg-hij"
        />
      </Field>
      <Field label="Status" error={errors.status}>
        <select {...bind('status')}>
          {interviewStatuses.map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
      </Field>
      {saveError && (
        <p className="error" role="alert">
          {saveError}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {interviewId ? 'Save changes' : 'Create interview'}
        </button>
        <a className="button" href={cancelHref} onClick={() => dropInterviewDraft(draftKey)}>
          Cancel
        </a>
      </div>
    </form>
  );
}
