/**
 * The events a parent records on a case. Each can start deadlines (see `deadline-rules.ts`) or,
 * like a scheduled IEP meeting, cut another deadline short.
 *
 * @module
 */
import type { Localized } from './localized.js';

/** Every event type the engine understands, for a zod enum at the HTTP boundary. */
export const EVENT_TYPES = [
  'evaluation_consent_received',
  'evaluation_completed',
  'eligibility_determined',
  'iep_meeting_held',
  'iep_meeting_scheduled',
  'records_request_received',
  'alleged_violation_occurred',
  'alleged_violation_known',
  'state_complaint_received',
  'due_process_complaint_received',
  'resolution_meeting_scheduled',
  'resolution_agreement_signed',
  'due_process_hearing_scheduled',
  'hearing_decision_received',
  'expedited_due_process_complaint_received',
  'expedited_hearing_held',
  'disciplinary_change_of_placement',
  'discrimination_occurred',
] as const;

/** One of {@link EVENT_TYPES}. */
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * True when `value` is a known event type.
 *
 * @example
 * isEventType('iep_meeting_held'); // true
 */
export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && (EVENT_TYPES as readonly string[]).includes(value);
}

/** Plain labels for each event, as a parent would say it. */
export const EVENT_TYPE_LABELS: Readonly<Record<EventType, Localized>> = {
  evaluation_consent_received: {
    en: 'the school got your signed consent for the evaluation',
    es: 'la escuela recibió su permiso firmado para la evaluación',
  },
  evaluation_completed: {
    en: 'the school finished the evaluation',
    es: 'la escuela terminó la evaluación',
  },
  eligibility_determined: {
    en: 'the team decided your child qualifies',
    es: 'el equipo decidió que su hijo califica',
  },
  iep_meeting_held: { en: 'the IEP meeting was held', es: 'se hizo la reunión del IEP' },
  iep_meeting_scheduled: {
    en: 'an IEP meeting is scheduled',
    es: 'hay una reunión del IEP programada',
  },
  records_request_received: {
    en: 'the school got your request to see records',
    es: 'la escuela recibió su pedido para ver los expedientes',
  },
  alleged_violation_occurred: {
    en: 'the problem happened',
    es: 'pasó el problema',
  },
  alleged_violation_known: {
    en: 'you learned (or should have learned) about the problem',
    es: 'usted supo (o debió saber) del problema',
  },
  state_complaint_received: {
    en: 'the state got your complaint',
    es: 'el estado recibió su queja',
  },
  due_process_complaint_received: {
    en: 'the due process complaint was received',
    es: 'se recibió la queja de debido proceso',
  },
  resolution_meeting_scheduled: {
    en: 'a resolution meeting is scheduled',
    es: 'hay una reunión de resolución programada',
  },
  resolution_agreement_signed: {
    en: 'the resolution agreement was signed',
    es: 'se firmó el acuerdo de resolución',
  },
  due_process_hearing_scheduled: {
    en: 'the due process hearing is scheduled',
    es: 'la audiencia de debido proceso está programada',
  },
  hearing_decision_received: {
    en: 'you got the hearing decision',
    es: 'usted recibió la decisión de la audiencia',
  },
  expedited_due_process_complaint_received: {
    en: 'the fast-track (expedited) complaint was received',
    es: 'se recibió la queja acelerada',
  },
  expedited_hearing_held: {
    en: 'the fast-track hearing was held',
    es: 'se hizo la audiencia acelerada',
  },
  disciplinary_change_of_placement: {
    en: "the school decided to change your child's placement for discipline",
    es: 'la escuela decidió cambiar la ubicación de su hijo por disciplina',
  },
  discrimination_occurred: {
    en: 'the discrimination happened',
    es: 'pasó la discriminación',
  },
};
