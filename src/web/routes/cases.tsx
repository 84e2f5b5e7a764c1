import { type Context, Hono } from 'hono';
import { createCase, deleteCase, findCase, listCases, updateCase } from '../../db/cases.js';
import { blobKeysOfCases, deleteBlobs } from '../../db/documents.js';
import type { Case } from '../../domain/case/case.js';
import { format } from '../../i18n/index.js';
import type { AppEnv } from '../context.js';
import {
  CaseDeletePage,
  CaseFormPage,
  type CaseFormValues,
  CaseListPage,
  CaseViewPage,
  childName,
} from '../pages/cases.js';
import { formBody, pageContext, renderPage } from '../render.js';
import { caseNextStep } from './case-assessments.js';
import { caseFieldErrors, caseInputFromForm, caseInputSchema } from './cases.schema.js';
import { requireSession } from './require-session.js';

type C = Context<AppEnv>;

function valuesOf(k: Case): CaseFormValues {
  return {
    childFirstName: k.childFirstName,
    childLastName: k.childLastName,
    childDateOfBirth: k.childDateOfBirth,
    grade: k.grade,
    school: k.school,
    district: k.district,
    state: k.state,
    planType: k.planType,
    parentLanguage: k.parentLanguage,
    notes: k.notes,
  };
}

/** The signed-in owner's case named in the URL, or undefined (then the route answers 404). */
async function ownedCase(c: C): Promise<Case | undefined> {
  const session = requireSession(c);
  return findCase(c.get('deps').db, session.userId, c.req.param('id') ?? '');
}

export function caseRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const session = requireSession(c);
    const m = c.get('m');
    const cases = await listCases(c.get('deps').db, session.userId);
    const notice = { welcome: m.auth.welcome, deleted: m.cases.deleted }[
      c.req.query('notice') ?? ''
    ];
    return renderPage(c, <CaseListPage page={pageContext(c)} cases={cases} notice={notice} />);
  });

  app.get('/new', (c) => {
    requireSession(c);
    return renderPage(
      c,
      <CaseFormPage page={pageContext(c)} values={{}} heading={c.get('m').cases.newTitle} />,
    );
  });

  app.post('/', async (c) => {
    const session = requireSession(c);
    const body = await formBody(c);
    const parsed = caseInputSchema.safeParse(caseInputFromForm(body));
    if (!parsed.success) {
      return renderPage(
        c,
        <CaseFormPage
          page={pageContext(c)}
          values={body}
          errors={caseFieldErrors(parsed.error.issues, c.get('m'))}
          heading={c.get('m').cases.newTitle}
        />,
        422,
      );
    }
    const kase = await createCase(c.get('deps').db, session.userId, parsed.data);
    return c.redirect(`/cases/${kase.id}?notice=created`, 303);
  });

  app.get('/:id', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const m = c.get('m');
    const notice = { created: m.cases.created, updated: m.cases.updated }[
      c.req.query('notice') ?? ''
    ];
    return renderPage(
      c,
      <CaseViewPage
        page={pageContext(c)}
        kase={kase}
        notice={notice}
        nextStep={await caseNextStep(c, kase.id)}
      />,
    );
  });

  app.get('/:id/edit', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const heading = format(c.get('m').cases.editTitle, { name: childName(kase) });
    return renderPage(
      c,
      <CaseFormPage
        page={pageContext(c)}
        values={valuesOf(kase)}
        caseId={kase.id}
        heading={heading}
      />,
    );
  });

  app.post('/:id', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    const session = requireSession(c);
    const body = await formBody(c);
    const parsed = caseInputSchema.safeParse(caseInputFromForm(body));
    if (!parsed.success) {
      const heading = format(c.get('m').cases.editTitle, { name: childName(kase) });
      return renderPage(
        c,
        <CaseFormPage
          page={pageContext(c)}
          values={body}
          caseId={kase.id}
          errors={caseFieldErrors(parsed.error.issues, c.get('m'))}
          heading={heading}
        />,
        422,
      );
    }
    const updated = await updateCase(c.get('deps').db, session.userId, kase.id, parsed.data);
    if (!updated) {
      return c.notFound();
    }
    return c.redirect(`/cases/${kase.id}?notice=updated`, 303);
  });

  app.get('/:id/delete', async (c) => {
    const kase = await ownedCase(c);
    if (!kase) {
      return c.notFound();
    }
    return renderPage(c, <CaseDeletePage page={pageContext(c)} kase={kase} />);
  });

  app.post('/:id/delete', async (c) => {
    const session = requireSession(c);
    const { db, blobs } = c.get('deps');
    // The case's files (documents, binders) are read first: the rows go with the case.
    const fileKeys = await blobKeysOfCases(db, session.userId, c.req.param('id'));
    const deleted = await deleteCase(db, session.userId, c.req.param('id'));
    if (!deleted) {
      return c.notFound();
    }
    await deleteBlobs(blobs, fileKeys);
    return c.redirect('/cases?notice=deleted', 303);
  });

  return app;
}
