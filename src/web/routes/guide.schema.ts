import { z } from 'zod';
import {
  ACTION_PLAN_IDS,
  type ActionPlanId,
  MEETING_KINDS,
  type MeetingKind,
} from '../../domain/guide/index.js';
import { LOCALES, type Locale } from '../../i18n/index.js';

// The public guide's boundaries: the slugs in its URLs and the `lang` query of the script cards
// and the checklist PDF.

/** `annual_iep` → `annual-iep`: ids in URLs use hyphens. */
function slugOf(id: string): string {
  return id.replaceAll('_', '-');
}

/** The URL slug of a meeting kind's checklist. */
export function meetingSlug(kind: MeetingKind): string {
  return slugOf(kind);
}

/** The meeting kind a slug names, or undefined. */
export function meetingKindFromSlug(slug: string): MeetingKind | undefined {
  return MEETING_KINDS.find((kind) => meetingSlug(kind) === slug);
}

/** The URL slug of an action plan. */
export function actionPlanSlug(id: ActionPlanId): string {
  return slugOf(id);
}

/** The action plan a slug names, or undefined. */
export function actionPlanFromSlug(slug: string): ActionPlanId | undefined {
  return ACTION_PLAN_IDS.find((id) => actionPlanSlug(id) === slug);
}

/** The page of a meeting kind's blank checklist. */
export function checklistPath(kind: MeetingKind): string {
  return `/guide/checklists/${meetingSlug(kind)}`;
}

/** The blank checklist's PDF in a language. */
export function checklistPdfPath(kind: MeetingKind, lang: Locale): string {
  return `${checklistPath(kind)}.pdf?lang=${lang}`;
}

/** The page of one action plan. */
export function actionPlanPath(id: ActionPlanId): string {
  return `/guide/action-plans/${actionPlanSlug(id)}`;
}

/** The `:file` of `/guide/checklists/:file`, when it asks for a PDF: `annual-iep.pdf`. */
export const checklistPdfFileSchema = z
  .string()
  .regex(/^[a-z0-9-]+\.pdf$/)
  .transform((file) => meetingKindFromSlug(file.slice(0, -'.pdf'.length)))
  .pipe(z.enum(MEETING_KINDS));

/** `?lang=` of the checklist PDF: English or Spanish; absent means the reader's language. */
export const checklistPdfQuerySchema = z.object({ lang: z.enum(LOCALES).optional() });

/** `?lang=` of the script cards: show the cards in this language instead of the page's. */
export const scriptsQuerySchema = z.object({ lang: z.enum(LOCALES).optional() });
