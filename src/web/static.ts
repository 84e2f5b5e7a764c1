import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// public/ sits two levels above both src/web/ and dist/web/, so this path works from either.
const css = readFileSync(new URL('../../public/app.css', import.meta.url));

/** A content hash in the URL lets browsers keep the file for a year and still see changes. */
export const STYLESHEET_HREF = `/static/app.css?v=${createHash('sha256').update(css).digest('hex').slice(0, 12)}`;

export const STYLESHEET = css;
