import { describe, expect, it } from 'vitest';
import { buildFollowUp, type MeetingNotes, validateMeetingNotes } from './meeting-notes.js';

const notes: MeetingNotes = {
  meetingKind: 'annual_iep',
  meetingDate: '2027-03-01',
  attendees: ['Ms. Lee', 'Mr. Park'],
  notes: 'Talked about speech and reading.',
  promises: [
    { id: 'p2', what: 'Start the reading group', who: 'Mr. Park', byWhen: '2027-03-15' },
    {
      id: 'p1',
      what: 'Send the speech data.',
      who: 'Ms. Lee, speech therapist',
      byWhen: '2027-03-08',
    },
  ],
};

describe('buildFollowUp', () => {
  it('turns two promises into follow-up letter paragraphs', () => {
    const out = buildFollowUp(notes, 'en', 'Ana');
    expect(out.ok).toBe(true);
    if (!out.ok) {
      return;
    }
    expect(out.followUp.paragraphs).toEqual([
      'Thank you for meeting with me on Mar 1, 2027 (Yearly IEP meeting for Ana). I am writing to confirm what was promised.',
      'Start the reading group. Who: Mr. Park. By: Mar 15, 2027.',
      'Send the speech data. Who: Ms. Lee, speech therapist. By: Mar 8, 2027.',
      'If anything here is different from what you remember, please tell me in writing. I will keep this letter with my notes.',
    ]);
  });

  it('puts a reminder on each promised date and one to send the letter within 48 hours, in date order', () => {
    const out = buildFollowUp(notes, 'en');
    expect(out.ok && out.followUp.reminders.map((r) => [r.date, r.id, r.promiseId])).toEqual([
      ['2027-03-03', 'follow_up_letter', null],
      ['2027-03-08', 'promise:p1', 'p1'],
      ['2027-03-15', 'promise:p2', 'p2'],
    ]);
    expect(out.ok && out.followUp.reminders[1]?.title).toEqual({
      en: 'Check: Send the speech data (Ms. Lee, speech therapist)',
      es: 'Revisar: Send the speech data (Ms. Lee, speech therapist)',
    });
    expect(out.ok && out.followUp.reminders.every((r) => r.kind === 'reminder')).toBe(true);
  });

  it('writes the letter in Spanish', () => {
    const out = buildFollowUp(notes, 'es', 'Ana');
    expect(out.ok && out.followUp.paragraphs[0]).toBe(
      'Gracias por reunirse conmigo el 1 de marzo de 2027 (Reunión anual del IEP de Ana). Le escribo para confirmar lo que se prometió.',
    );
    expect(out.ok && out.followUp.paragraphs[2]).toBe(
      'Send the speech data. Quién: Ms. Lee, speech therapist. Para: 8 de marzo de 2027.',
    );
  });

  it('asks for a date when a promise has none, says "the school" when no one is named, and sets no reminder', () => {
    const out = buildFollowUp(
      {
        ...notes,
        promises: [{ id: 'p', what: 'Look into a talker device', who: ' ', byWhen: null }],
      },
      'en',
    );
    expect(out.ok && out.followUp.paragraphs[1]).toBe(
      'Look into a talker device. Who: the school. By: no date was given; please tell me the date.',
    );
    expect(out.ok && out.followUp.reminders.map((r) => r.id)).toEqual(['follow_up_letter']);
  });

  it('says no promises were made when the list is empty', () => {
    const out = buildFollowUp({ ...notes, promises: [] }, 'en');
    expect(out.ok && out.followUp.paragraphs).toHaveLength(3);
    expect(out.ok && out.followUp.paragraphs[1]).toMatch(/No one made a promise/);
  });

  it('refuses notes with a bad meeting date, a missing "what", a bad or early date, or a repeated id', () => {
    const problems = validateMeetingNotes({
      ...notes,
      meetingDate: '2027-13-01',
      promises: [
        { id: 'a', what: ' ', who: 'x', byWhen: '2027-02-30' },
        { id: 'a', what: 'y', who: 'x', byWhen: null },
      ],
    });
    expect(problems).toEqual([
      { field: 'meetingDate', code: 'invalid_meeting_date' },
      { field: 'promises[0].what', code: 'promise_what_missing' },
      { field: 'promises[0].byWhen', code: 'invalid_promise_date' },
      { field: 'promises[1].id', code: 'duplicate_promise_id' },
    ]);
    expect(
      validateMeetingNotes({
        ...notes,
        promises: [{ id: 'a', what: 'y', who: 'x', byWhen: '2027-02-01' }],
      }),
    ).toEqual([{ field: 'promises[0].byWhen', code: 'promise_date_before_meeting' }]);
    expect(buildFollowUp({ ...notes, meetingDate: 'soon' }, 'en').ok).toBe(false);
  });
});
