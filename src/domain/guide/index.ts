/**
 * The guide (issue 7): the cited comparison of the three dispute paths, Alabama contacts, meeting
 * checklists, script cards, action plans, the glossary, the parent concerns statement and
 * meeting notes with their follow-up. Pure: no I/O; pages and documents are built elsewhere.
 *
 * @module
 */
export * from './action-plans.js';
export * from './checklists.js';
export * from './citations.js';
export * from './concerns-statement.js';
export * from './contacts.js';
export * from './glossary.js';
export * from './guide-texts.js';
export * from './meeting-notes.js';
export * from './paths-compared.js';
export * from './scripts.js';
export * from './types.js';
