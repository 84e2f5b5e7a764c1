import { type Context, Hono } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import { findAssessment, latestAssessment } from '../../db/assessments.js';
import { createCaseEvent, listCaseEvents } from '../../db/case-events.js';
import { findCase } from '../../db/cases.js';
import { CONCERN_LABELS, windowEventsFor } from '../../domain/rules/index.js';
import type { AppEnv } from '../context.js';
import { CaseAssessmentSection, SavedAssessmentPage } from '../pages/choose.js';
import { pageContext, renderPage } from '../render.js';
import { todayInAlabama } from '../today.js';
import { interviewAnswersSchema, storedAssessmentSchema } from './choose.schema.js';
import { requireSession } from './require-session.js';

// A path chooser result saved to a case: /cases/:id/assessments/:assessmentId. Only the owner
// reaches it; any other account gets 404, as for every case route.

export function caseAssessmentRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/:id/assessments/:assessmentId', async (c) => {
    const session = requireSession(c);
    const { db } = c.get('deps');
    const kase = await findCase(db, session.userId, c.req.param('id'));
    if (!kase) {
      return c.notFound();
    }
    const saved = await findAssessment(db, session.userId, kase.id, c.req.param('assessmentId'));
    if (!saved) {
      return c.notFound();
    }
    const assessment = storedAssessmentSchema.safeParse(saved.result);
    const answers = interviewAnswersSchema.safeParse(saved.answers);
    if (!assessment.success || !answers.success) {
      throw new Error('A saved assessment does not match its schema');
    }
    const notice =
      c.req.query('notice') === 'saved' ? c.get('m').choose.saved.savedNotice : undefined;
    return renderPage(
      c,
      <SavedAssessmentPage
        page={pageContext(c)}
        kase={kase}
        assessment={assessment.data}
        answers={answers.data}
        asOf={saved.asOf}
        savedAt={saved.createdAt}
        today={todayInAlabama()}
        notice={notice}
        savedId={saved.id}
      />,
    );
  });

  // Puts the dates of the problems from a saved result on the case timeline, so the timeline
  // shows when each way to file closes. Events already there (same type and date) are not repeated.
  app.post('/:id/assessments/:assessmentId/events', async (c) => {
    const session = requireSession(c);
    const { db } = c.get('deps');
    const kase = await findCase(db, session.userId, c.req.param('id'));
    const saved = kase
      ? await findAssessment(db, session.userId, kase.id, c.req.param('assessmentId'))
      : undefined;
    const answers = saved ? interviewAnswersSchema.safeParse(saved.answers) : undefined;
    if (!kase || !answers?.success) {
      return c.notFound();
    }
    const existing = new Set(
      (await listCaseEvents(db, session.userId, kase.id)).map((e) => `${e.type}@${e.date}`),
    );
    const labels = CONCERN_LABELS;
    for (const event of windowEventsFor(answers.data.plan, answers.data.concernDates ?? {})) {
      if (existing.has(`${event.type}@${event.date}`)) {
        continue;
      }
      await createCaseEvent(db, session.userId, kase.id, {
        type: event.type,
        date: event.date,
        note: labels[event.concern][c.get('locale')],
      });
    }
    return c.redirect(`/cases/${kase.id}/timeline?notice=dates`, 303);
  });

  return app;
}

/** The case page's "Next step" section, with the case's latest saved result if it has one. */
export async function caseNextStep(c: Context<AppEnv>, caseId: string): Promise<JSX.Element> {
  const session = requireSession(c);
  const latest = await latestAssessment(c.get('deps').db, session.userId, caseId);
  const result = latest ? storedAssessmentSchema.safeParse(latest.result) : undefined;
  const top = result?.success
    ? result.data.options.find((o) => o.rank === 1 && o.fit === 'recommended')?.path
    : undefined;
  return (
    <CaseAssessmentSection
      page={pageContext(c)}
      caseId={caseId}
      latest={latest ? { id: latest.id, createdAt: latest.createdAt, topPath: top } : undefined}
    />
  );
}
