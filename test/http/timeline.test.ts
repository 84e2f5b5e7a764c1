import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInAlabama } from '../../src/web/today.js';
import { createTestApp, type TestApp, type TestClient } from '../app.js';
import { testDialect } from '../db.js';
import { caseForm, uniqueEmail } from '../factories.js';

// The case timeline: events in, deadlines out (recomputed on every change), the district
// calendar, and the calendar export (.ics download and the private subscription feed).

function caseIdFrom(res: Response): string {
  const id = /\/cases\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')?.[1];
  expect(id, 'a case id in the redirect').toBeDefined();
  return id ?? '';
}

/** The ids of the events on a timeline page, in page order. */
function eventIds(html: string): string[] {
  return [...html.matchAll(/id="event-([0-9a-f-]{36})"/g)].map((m) => m[1] ?? '');
}

/** One deadline's list item on the timeline page. */
function deadlineItem(html: string, id: string): string {
  const start = html.indexOf(`id="deadline-${id}:`);
  expect(start, `deadline ${id} on the page`).toBeGreaterThan(-1);
  const end = html.indexOf('</details></li>', start);
  expect(end).toBeGreaterThan(start);
  return html.slice(start, end);
}

/** The DTSTART of the entry with this UID in an .ics text. */
function dtstartOf(ics: string, uid: string): string | undefined {
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  const block = unfolded.split('BEGIN:VEVENT').find((b) => b.includes(`UID:${uid}`));
  return /DTSTART;VALUE=DATE:(\d{8})/.exec(block ?? '')?.[1];
}

/** The alarm triggers (VALARM) of the entry with this UID in an .ics text. */
function alarmTriggersOf(ics: string, uid: string): string[] {
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  const block = unfolded.split('BEGIN:VEVENT').find((b) => b.includes(`UID:${uid}`)) ?? '';
  return [...block.matchAll(/BEGIN:VALARM[\s\S]*?TRIGGER[^:]*:([^\r\n]+)[\s\S]*?END:VALARM/g)].map(
    (m) => m[1] ?? '',
  );
}

describe(`case timeline (${testDialect()})`, () => {
  let t: TestApp;
  let parent: TestClient;
  let caseId = '';

  beforeAll(async () => {
    t = await createTestApp();
    parent = t.client();
    await parent.signUp(uniqueEmail());
    caseId = caseIdFrom(
      await parent.postForm(
        '/cases',
        caseForm({ childFirstName: 'Maya', childLastName: 'Secretlastname', notes: 'Case note' }),
      ),
    );
  });
  afterAll(async () => {
    await t.close();
  });

  const timeline = async (client: TestClient = parent, id = caseId) => {
    const res = await client.get(`/cases/${id}/timeline`);
    expect(res.status).toBe(200);
    return res.text();
  };

  /** The page a form's 303 leads to, as the browser would load it. */
  async function follow(res: Response, client: TestClient = parent): Promise<string> {
    expect(res.status).toBe(303);
    const next = await client.get(res.headers.get('location') ?? '');
    expect(next.status).toBe(200);
    return next.text();
  }

  async function addEvent(fields: Record<string, string>, id = caseId): Promise<Response> {
    return parent.postForm(`/cases/${id}/events`, { note: '', ...fields });
  }

  async function newCase(name: string): Promise<string> {
    return caseIdFrom(await parent.postForm('/cases', caseForm({ childFirstName: name })));
  }

  it('the case page links to the timeline and the school calendar', async () => {
    const html = await (await parent.get(`/cases/${caseId}`)).text();
    expect(html).toContain(`href="/cases/${caseId}/timeline"`);
    expect(html).toContain(`href="/cases/${caseId}/calendar"`);
  });

  it('an empty timeline invites the parent to add an event', async () => {
    const html = await timeline();
    expect(html).toContain('No events yet.');
    expect(html).toContain(`action="/cases/${caseId}/events"`);
    expect(html).toContain('The school got your signed consent for the evaluation');
  });

  it('adding an event shows every deadline that follows, explained, with its law', async () => {
    const res = await addEvent({
      type: 'evaluation_consent_received',
      date: '2026-09-02',
      note: 'Signed at the front office',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/cases/${caseId}/timeline?notice=added`);
    const html = await follow(res);
    expect(html).toContain('The event was added.');
    const item = deadlineItem(html, 'initial_evaluation_due');
    expect(item).toContain('Due Sun Nov 1, 2026');
    expect(item).toContain('<details class="why"><summary>Why this date?</summary>');
    expect(item).toContain('Sept 2, 2026 + 60 calendar days = Nov 1, 2026');
    expect(item).toContain('To be safe, act by Fri Oct 30, 2026.');
    expect(item).toContain('34 CFR 300.11(a)');
    expect(html).toContain('Signed at the front office');
  });

  it('lists deadlines soonest first, counts the days left and marks overdue ones', async () => {
    const kase = await newCase('Ordering');
    const today = todayInAlabama();
    await addEvent({ type: 'evaluation_consent_received', date: today }, kase);
    await addEvent({ type: 'eligibility_determined', date: '2020-01-02' }, kase);
    const html = await timeline(parent, kase);
    const order = [...html.matchAll(/id="deadline-([a-z_]+):/g)].map((m) => m[1]);
    expect(order).toEqual([
      'initial_iep_meeting_due',
      'reevaluation_due',
      'initial_evaluation_due',
    ]);
    const overdue = html.slice(html.indexOf('id="deadline-initial_iep_meeting_due'));
    expect(html).toMatch(
      /<li class="deadline deadline--overdue" id="deadline-initial_iep_meeting_due/,
    );
    expect(overdue).toMatch(/Overdue by \d+ days/);
    expect(deadlineItem(html, 'initial_evaluation_due')).toContain('60 days left');
  });

  it('marks an unconfirmed rule with a plain warning', async () => {
    const kase = await newCase('Unverified');
    await addEvent({ type: 'hearing_decision_received', date: '2026-12-02' }, kase);
    const html = await timeline(parent, kase);
    const item = deadlineItem(html, 'civil_action_due');
    expect(item).toContain('Not confirmed');
    expect(item).toContain('We have not yet checked this rule against the current law text.');
    expect(html).toContain('Some dates below are marked');
  });

  it('changing an event’s date recomputes everything that hangs on it', async () => {
    const [eventId] = eventIds(await timeline());
    expect(eventId).toBeDefined();
    const edit = await parent.get(`/cases/${caseId}/events/${eventId}/edit`);
    expect(edit.status).toBe(200);
    const form = await edit.text();
    expect(form).toContain('value="2026-09-02"');
    expect(form).toContain('<option value="evaluation_consent_received" selected="">');
    const res = await parent.postForm(`/cases/${caseId}/events/${eventId}`, {
      type: 'evaluation_consent_received',
      date: '9/10/2026',
      note: 'Moved',
    });
    const html = await follow(res);
    expect(html).toContain('The event was changed.');
    expect(deadlineItem(html, 'initial_evaluation_due')).toContain('Due Mon Nov 9, 2026');
    expect(html).not.toContain('Due Sun Nov 1, 2026');
    expect(html).toContain('Moved');
  });

  it('refuses a bad event with the errors at the top, linked to the fields, and keeps what was typed', async () => {
    const res = await addEvent({ type: '', date: '2026-02-30', note: 'Keep me' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('<title>Error:');
    expect(html).toContain('href="#type">Choose what happened.');
    expect(html).toContain('href="#date">Enter a real date as year-month-day');
    expect(html).toContain('Keep me');
    expect(html).toContain('value="2026-02-30"');
    const early = await addEvent({ type: 'iep_meeting_held', date: '1999-05-01' });
    expect(early.status).toBe(422);
    expect(await early.text()).toContain('Enter a date between 2006-10-13 and 2099-12-31.');
    const unknown = await addEvent({ type: 'alien_landing', date: '2026-05-01' });
    expect(unknown.status).toBe(422);
    const long = await addEvent({
      type: 'iep_meeting_held',
      date: '2026-05-01',
      note: 'x'.repeat(1001),
    });
    expect(long.status).toBe(422);
    expect(await long.text()).toContain('Use 1000 characters or fewer.');
    expect(eventIds(await timeline())).toHaveLength(1);
  });

  it('deletes an event after asking, and its deadlines go away', async () => {
    const kase = await newCase('Deleting');
    await addEvent({ type: 'iep_meeting_held', date: '2026-05-01' }, kase);
    const [eventId] = eventIds(await timeline(parent, kase));
    const confirm = await parent.get(`/cases/${kase}/events/${eventId}/delete`);
    expect(confirm.status).toBe(200);
    const page = await confirm.text();
    expect(page).toContain('Delete this event?');
    expect(page).toContain(`action="/cases/${kase}/events/${eventId}/delete"`);
    expect(await timeline(parent, kase)).toContain('Yearly IEP review due');
    const res = await parent.postForm(`/cases/${kase}/events/${eventId}/delete`, {});
    const html = await follow(res);
    expect(html).toContain('The event was deleted.');
    expect(html).not.toContain('Yearly IEP review due');
    expect((await parent.postForm(`/cases/${kase}/events/${eventId}/delete`, {})).status).toBe(404);
  });

  it('an event is reached only through its own case', async () => {
    const other = await newCase('Other');
    const [eventId] = eventIds(await timeline());
    for (const path of [
      `/cases/${other}/events/${eventId}/edit`,
      `/cases/${other}/events/${eventId}/delete`,
    ]) {
      expect((await parent.get(path)).status, path).toBe(404);
    }
    const res = await parent.postForm(`/cases/${other}/events/${eventId}`, {
      type: 'iep_meeting_held',
      date: '2026-01-01',
    });
    expect(res.status).toBe(404);
    expect((await parent.postForm(`/cases/${other}/events/${eventId}/delete`, {})).status).toBe(
      404,
    );
    expect(eventIds(await timeline())).toEqual([eventId]);
  });

  it('draws the timeline as an accessible SVG picture, with no inline style', async () => {
    const html = await timeline();
    expect(html).toMatch(
      /<svg [^>]*role="img"[^>]*aria-labelledby="timeline-svg-title timeline-svg-desc"/,
    );
    expect(html).toContain('<title id="timeline-svg-title">Timeline for Maya</title>');
    expect(html).toMatch(/<desc id="timeline-svg-desc">Events and deadlines in date order/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toContain('<style');
  });

  it('shows the timeline in Spanish for a Spanish reader', async () => {
    const reader = t.client();
    await reader.signUp(uniqueEmail('es'));
    await reader.postForm('/language', { locale: 'es', next: '/cases' });
    const kase = caseIdFrom(await reader.postForm('/cases', caseForm({ childFirstName: 'Lucía' })));
    await reader.postForm(`/cases/${kase}/events`, {
      type: 'evaluation_consent_received',
      date: '2026-09-02',
      note: '',
    });
    const html = await timeline(reader, kase);
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('Fechas y plazos de Lucía');
    expect(html).toContain('¿Por qué esta fecha?');
    expect(html).toContain('2 de septiembre de 2026 + 60 días calendario = 1 de noviembre de 2026');
    expect(html).toContain('Vence el domingo 1 de noviembre de 2026');
  });

  describe('the district calendar', () => {
    let kase = '';
    beforeAll(async () => {
      kase = await newCase('Calendar');
      await addEvent({ type: 'disciplinary_change_of_placement', date: '2026-11-20' }, kase);
    });

    it('without a calendar, school-day deadlines are estimates that say so', async () => {
      const item = deadlineItem(await timeline(parent, kase), 'manifestation_determination_due');
      expect(item).toContain('Due Mon Dec 7, 2026');
      expect(item).toContain('Estimate');
      expect(item).toContain(`href="/cases/${kase}/calendar"`);
    });

    it('takes closed days pasted in many forms and counts school days on them', async () => {
      const form = await parent.get(`/cases/${kase}/calendar`);
      expect(form.status).toBe(200);
      const res = await parent.postForm(`/cases/${kase}/calendar`, {
        firstDay: '2026-08-06',
        lastDay: '5/21/2027',
        closedDays:
          '2026-09-07\n11/23/2026, 2026-11-24; 2026-11-25\r\nThanksgiving 2026-11-26\n2026-11-27\n2026-12-21 to 2027-01-01\n\n',
        county: 'Mobile',
      });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`/cases/${kase}/timeline?notice=calendar`);
      const html = await follow(res);
      expect(html).toContain('The school calendar was saved.');
      expect(html).toContain('School year: Aug 6, 2026 to May 21, 2027.');
      expect(html).toContain('Weekdays without school: 18.');
      expect(html).toContain('County: Mobile.');
      const item = deadlineItem(html, 'manifestation_determination_due');
      expect(item).toContain('Due Fri Dec 11, 2026');
      expect(item).not.toContain('Estimate');
      expect(item).toContain('no school that day on the district calendar');
      const again = await (await parent.get(`/cases/${kase}/calendar`)).text();
      expect(again).toContain('value="2026-08-06"');
      expect(again).toContain('value="2027-05-21"');
      expect(again).toContain('2026-11-23\n2026-11-24');
      expect(again).toContain('<option value="Mobile" selected="">');
    });

    it('the county decides Mardi Gras for business-day rules', async () => {
      await addEvent({ type: 'resolution_agreement_signed', date: '2026-02-13' }, kase);
      const item = deadlineItem(await timeline(parent, kase), 'resolution_agreement_review_ends');
      expect(item).toContain('Due Fri Feb 20, 2026');
      expect(item).toContain('Mardi Gras');
    });

    it.each([
      [
        { closedDays: '2026-11-26\n2026-11-27\nnext friday' },
        'closedDays',
        'Line 3: “next friday” is not a date.',
      ],
      [
        { closedDays: '2026-11-26\n2026-02-30' },
        'closedDays',
        'Line 2: “2026-02-30” is not a real date.',
      ],
      [
        { closedDays: '2027-07-04' },
        'closedDays',
        'Line 1: 2027-07-04 is not between the first and last day of school.',
      ],
      [
        { closedDays: '2027-01-01 to 2026-12-21' },
        'closedDays',
        'Line 1: the break “2027-01-01 to 2026-12-21” ends before it starts.',
      ],
      [{ lastDay: '2026-08-01' }, 'lastDay', 'The last day of school must be after the first day.'],
      [{ lastDay: '' }, 'lastDay', 'Enter both the first and the last day of school.'],
      [{ firstDay: 'August' }, 'firstDay', 'Enter a real date as year-month-day'],
      [{ lastDay: '2028-08-01' }, 'lastDay', 'A school year cannot be longer than 400 days.'],
      [
        { firstDay: '', lastDay: '', closedDays: '2026-11-26' },
        'closedDays',
        'Enter the first and last day of school too.',
      ],
      [{ county: 'Atlantis' }, 'county', 'Choose a county from the list.'],
    ])('refuses %o with a message naming the problem', async (change, field, message) => {
      const res = await parent.postForm(`/cases/${kase}/calendar`, {
        firstDay: '2026-08-06',
        lastDay: '2027-05-21',
        closedDays: '',
        county: '',
        ...change,
      });
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain(`href="#${field}"`);
      expect(html).toContain(message.replaceAll('“', '“'));
    });

    it('keeps the county alone, and an empty form removes the calendar', async () => {
      const county = await parent.postForm(`/cases/${kase}/calendar`, {
        firstDay: '',
        lastDay: '',
        closedDays: '',
        county: 'Baldwin',
      });
      expect(county.status).toBe(303);
      const html = await timeline(parent, kase);
      expect(html).toContain('County: Baldwin.');
      expect(deadlineItem(html, 'manifestation_determination_due')).toContain('Estimate');
      const cleared = await parent.postForm(`/cases/${kase}/calendar`, {
        firstDay: '',
        lastDay: '',
        closedDays: '',
        county: '',
      });
      expect(cleared.status).toBe(303);
      const after = await (await parent.get(cleared.headers.get('location') ?? '')).text();
      expect(after).toContain('The school calendar was removed.');
      expect(after).toContain('No school calendar yet.');
    });
  });

  describe('calendar export', () => {
    let kase = '';
    let eventId = '';
    const uid = () => `initial_evaluation_due:${eventId}@iep-navigator`;

    beforeAll(async () => {
      kase = caseIdFrom(
        await parent.postForm(
          '/cases',
          caseForm({
            childFirstName: 'Feedchild',
            childLastName: 'Privatesurname',
            notes: 'Secret notes',
          }),
        ),
      );
      await addEvent(
        { type: 'evaluation_consent_received', date: '2026-09-02', note: 'Private event note' },
        kase,
      );
      [eventId = ''] = eventIds(await timeline(parent, kase));
    });

    it('downloads an .ics file with all-day entries and stable UIDs, and no private text', async () => {
      const res = await parent.get(`/cases/${kase}/calendar.ics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="iep-navigator-deadlines.ics"',
      );
      expect(res.headers.get('cache-control')).toBe('no-store');
      const ics = await res.text();
      expect(ics).toMatch(/^BEGIN:VCALENDAR/);
      expect(dtstartOf(ics, uid())).toBe('20261101');
      // The phone's calendar reminds a week ahead and the day before, at 9 in the morning.
      expect(alarmTriggersOf(ics, uid())).toEqual(['-P6DT15H', '-PT15H']);
      expect(ics).toContain('TRIGGER;RELATED=START:-P6DT15H');
      expect(ics).toContain('X-WR-CALNAME:IEP Navigator: Feedchild');
      expect(ics.replace(/\r?\n[ \t]/g, '')).toContain(
        'Sept 2\\, 2026 + 60 calendar days = Nov 1\\, 2026',
      );
      for (const secret of ['Privatesurname', 'Secret notes', 'Private event note']) {
        expect(ics).not.toContain(secret);
      }
    });

    it('a private feed serves the calendar without cookies, follows date changes, and can be renewed and revoked', async () => {
      const made = await parent.postForm(`/cases/${kase}/feed`, {});
      expect(made.status).toBe(200);
      const page = await made.text();
      const url = /value="(http:\/\/localhost\/ical\/[A-Za-z0-9_-]{43}\.ics)"/.exec(page)?.[1];
      expect(url, 'the feed URL on the page').toBeDefined();
      const path = new URL(url ?? '').pathname;
      expect(page).toContain(`href="webcal://localhost${path}"`);

      const stranger = t.client();
      const feed = await stranger.get(path);
      expect(feed.status).toBe(200);
      expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(feed.headers.get('set-cookie')).toBeNull();
      expect(feed.headers.get('cache-control')).toBe('private, no-store');
      const ics = await feed.text();
      expect(dtstartOf(ics, uid())).toBe('20261101');
      for (const secret of ['Privatesurname', 'Secret notes', 'Private event note']) {
        expect(ics).not.toContain(secret);
      }

      // The parent moves the event: the same UID now has the new date.
      await parent.postForm(`/cases/${kase}/events/${eventId}`, {
        type: 'evaluation_consent_received',
        date: '2026-09-10',
        note: '',
      });
      const moved = await (await stranger.get(path)).text();
      expect(dtstartOf(moved, uid())).toBe('20261109');
      expect(moved.match(/BEGIN:VEVENT/g)).toHaveLength(ics.match(/BEGIN:VEVENT/g)?.length ?? 0);

      const timelineHtml = await timeline(parent, kase);
      expect(timelineHtml).toContain('A private calendar link is on.');
      expect(timelineHtml).not.toContain(path);

      // Renewing gives a new link; the old one is gone.
      const renewed = await (await parent.postForm(`/cases/${kase}/feed`, {})).text();
      const newPath = /\/ical\/[A-Za-z0-9_-]{43}\.ics/.exec(renewed)?.[0] ?? '';
      expect(newPath).not.toBe(path);
      expect((await stranger.get(path)).status).toBe(404);
      expect((await stranger.get(newPath)).status).toBe(200);

      // Turning it off.
      const off = await parent.postForm(`/cases/${kase}/feed/delete`, {});
      expect(off.status).toBe(303);
      const location = off.headers.get('location') ?? '';
      expect(location).toBe(`/cases/${kase}/timeline?notice=feedRevoked#export`);
      expect(await (await parent.get(location)).text()).toContain(
        'The private calendar link is off.',
      );
      const gone = await stranger.get(newPath);
      expect(gone.status).toBe(404);
      expect(gone.headers.get('set-cookie')).toBeNull();
    });

    it('unknown or malformed feed tokens are simply not found', async () => {
      const stranger = t.client();
      for (const path of [
        `/ical/${'A'.repeat(43)}.ics`,
        '/ical/short.ics',
        `/ical/${'A'.repeat(43)}`,
        '/ical/%00.ics',
      ]) {
        const res = await stranger.get(path);
        expect(res.status, path).toBe(404);
        expect(res.headers.get('set-cookie'), path).toBeNull();
      }
    });

    it('the feed speaks the parent’s language', async () => {
      const reader = t.client();
      await reader.signUp(uniqueEmail('feed-es'));
      await reader.postForm('/language', { locale: 'es', next: '/cases' });
      const id = caseIdFrom(await reader.postForm('/cases', caseForm({ childFirstName: 'Ana' })));
      await reader.postForm(`/cases/${id}/events`, {
        type: 'evaluation_consent_received',
        date: '2026-09-02',
        note: '',
      });
      const page = await (await reader.postForm(`/cases/${id}/feed`, {})).text();
      const path = /\/ical\/[A-Za-z0-9_-]{43}\.ics/.exec(page)?.[0] ?? '';
      const ics = (await (await t.client().get(path)).text()).replace(/\r?\n[ \t]/g, '');
      expect(ics).toContain('60 días calendario');
      expect(ics).toContain('Por qué esta fecha:');
    });
  });

  it('another account gets 404 on the timeline, its events, calendar and export', async () => {
    const intruder = t.client();
    await intruder.signUp(uniqueEmail('intruder'));
    const [eventId] = eventIds(await timeline());
    for (const path of [
      `/cases/${caseId}/timeline`,
      `/cases/${caseId}/calendar`,
      `/cases/${caseId}/calendar.ics`,
      `/cases/${caseId}/events/${eventId}/edit`,
      `/cases/${caseId}/events/${eventId}/delete`,
    ]) {
      const res = await intruder.get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain('Maya');
    }
    for (const path of [
      `/cases/${caseId}/events`,
      `/cases/${caseId}/events/${eventId}`,
      `/cases/${caseId}/events/${eventId}/delete`,
      `/cases/${caseId}/calendar`,
      `/cases/${caseId}/feed`,
      `/cases/${caseId}/feed/delete`,
    ]) {
      const res = await intruder.postForm(path, {
        type: 'iep_meeting_held',
        date: '2026-01-01',
        firstDay: '2026-08-06',
        lastDay: '2027-05-21',
      });
      expect(res.status, path).toBe(404);
    }
    expect(eventIds(await timeline())).toEqual([eventId]);
    expect(await timeline()).not.toContain('A private calendar link is on.');
  });
});
