/**
 * Complete sample input for every letter kind, for tests, the benchmark and previews. The people
 * and places are invented.
 *
 * @module
 */
import type { LetterCore, LetterDataMap, LetterKind } from './letter-types.js';

/** The shared core of the samples. */
export const SAMPLE_CORE: LetterCore = {
  date: '2026-11-20',
  parent: {
    name: 'María José Núñez',
    address: '1412 Peachtree Lane\nMontgomery, AL 36104',
    phone: '334-555-0142',
    email: 'maria.nunez@example.com',
    language: 'es',
  },
  child: {
    name: 'Sofía Núñez',
    dateOfBirth: '2015-03-09',
    address: '1412 Peachtree Lane, Montgomery, AL 36104',
    school: 'Dalraida Elementary School',
    grade: '5',
  },
  district: {
    name: 'Montgomery Public Schools',
    address: '307 South Decatur Street\nMontgomery, AL 36104',
  },
  concerns: [
    {
      description:
        'The school did not give Sofía the 60 minutes a week of speech therapy that her IEP requires.',
      facts:
        'From September 8 to October 30, 2026, the speech therapist was out. No sessions were held and no make-up sessions were offered. Ms. Ramírez, the case manager, confirmed this by email on October 2.',
      date: '2026-09-08',
    },
  ],
  proposedResolution:
    'Provide 8 hours of compensatory speech therapy by March 1, 2027, and a written plan for covering sessions when the therapist is absent.',
  signature: 'María José Núñez',
  responseBy: '2026-12-04',
  interpreter: { needed: true },
};

/** A complete sample for each kind. */
export const SAMPLE_LETTERS: { readonly [K in LetterKind]: LetterDataMap[K] } = {
  mediation_request: {
    ...SAMPLE_CORE,
    availability: 'weekdays after 3:30 p.m., or Friday mornings',
    dueProcessPending: false,
    preferredLocation: 'the district central office',
    companions: 'Ana Torres, a parent advocate',
  },
  state_complaint: SAMPLE_CORE,
  due_process_complaint: { ...SAMPLE_CORE, openToMediation: true },
  records_request: {
    ...SAMPLE_CORE,
    nextMeetingDate: '2026-12-15',
    preferredFormat: 'electronic',
    additionalRecords: 'the speech therapist’s attendance records for 2026',
    inspectionAvailability: 'Tuesdays and Thursdays after 3:30 p.m.',
  },
  iee_request: {
    ...SAMPLE_CORE,
    evaluation: {
      name: 'speech and language evaluation',
      date: '2026-10-14',
      evaluator: 'the district speech-language pathologist',
    },
    areas: 'expressive and receptive language, and pragmatic language',
    preferredEvaluator: 'Dr. Lee, Montgomery Speech Clinic',
  },
  pwn_request: {
    ...SAMPLE_CORE,
    concerns: [
      {
        description: 'The team refused to add extended school year (ESY) services.',
        facts: 'At the IEP meeting on November 12, 2026, Mr. Hall said ESY was not needed.',
        date: '2026-11-12',
      },
    ],
  },
  meeting_follow_up: {
    ...SAMPLE_CORE,
    meeting: {
      date: '2026-11-12',
      type: 'annual IEP meeting',
      attendees:
        'Mr. Hall (assistant principal), Ms. Ramírez (case manager), Ms. Cole (general education teacher), and me',
    },
    decisions: ['Speech therapy stays at 60 minutes a week.'],
    promises: [
      { who: 'Ms. Ramírez', what: 'send me the final IEP', when: 'November 19, 2026' },
      { who: 'Mr. Hall', what: 'schedule make-up speech sessions', when: 'December 1, 2026' },
    ],
    refused: ['Extended school year (ESY) services.'],
    documentsOwed: ['The final IEP', 'The speech progress report for the first quarter'],
  },
  section_504_grievance: {
    ...SAMPLE_CORE,
    coordinatorName: 'Dr. Karen Wells',
    concerns: [
      {
        description: 'The school did not give Sofía extra time on tests, as her 504 plan requires.',
        facts:
          'On October 6 and October 20, 2026, Ms. Cole gave the math tests with the normal time. Sofía told me the next day.',
        date: '2026-10-06',
      },
    ],
    impact: 'Sofía failed both tests and now says she hates math.',
  },
};
