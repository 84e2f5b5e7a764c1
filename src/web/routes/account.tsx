import { Hono } from 'hono';
import { verifyPassword } from '../../auth/password.js';
import { deleteAccount, exportAccount } from '../../db/account.js';
import { blobKeysOfCases, deleteBlobs } from '../../db/documents.js';
import { findUserById } from '../../db/users.js';
import type { AppEnv } from '../context.js';
import { clearSessionCookie } from '../cookies.js';
import { AccountPage, DeleteAccountPage } from '../pages/account.js';
import { enforceRateLimit } from '../rate-limit.js';
import { formBody, pageContext, renderPage } from '../render.js';
import { requireSession } from './require-session.js';

/** The parent's own account: see it, download everything, delete everything. */
export function accountRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const session = requireSession(c);
    const user = await findUserById(c.get('deps').db, session.userId);
    return renderPage(c, <AccountPage page={pageContext(c)} createdAt={user?.created_at ?? ''} />);
  });

  app.get('/export', async (c) => {
    const session = requireSession(c);
    const data = await exportAccount(c.get('deps').db, session.userId);
    const day = data.exportedAt.slice(0, 10);
    c.header('Content-Disposition', `attachment; filename="iep-navigator-${day}.json"`);
    return c.json(data);
  });

  app.get('/delete', (c) => {
    requireSession(c);
    return renderPage(c, <DeleteAccountPage page={pageContext(c)} />);
  });

  app.post('/delete', async (c) => {
    const session = requireSession(c);
    const { db } = c.get('deps');
    // The password check is a log-in attempt: the same per-account limit applies.
    await enforceRateLimit(c, 'loginPerAccount', session.email);
    const body = await formBody(c);
    const user = await findUserById(db, session.userId);
    if (!(await verifyPassword(user?.password_hash, body.password ?? ''))) {
      return renderPage(
        c,
        <DeleteAccountPage
          page={pageContext(c)}
          errors={{ password: c.get('m').account.wrongPassword }}
        />,
        401,
      );
    }
    // Every file of every case (documents, binders) is read first: the rows go with the account.
    const fileKeys = await blobKeysOfCases(db, session.userId);
    await deleteAccount(db, session.userId);
    await deleteBlobs(c.get('deps').blobs, fileKeys);
    clearSessionCookie(c);
    return c.redirect('/?notice=accountDeleted', 303);
  });

  return app;
}
