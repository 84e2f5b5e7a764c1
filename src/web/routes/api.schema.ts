import { z } from 'zod';
import { GRADES, PARENT_LANGUAGES, PLAN_TYPES, STATES } from '../../domain/case/case.js';
import { caseInputSchema } from './cases.schema.js';

/** PATCH takes any subset of the case fields. */
export const caseUpdateSchema = caseInputSchema.partial().strict();

/** A case as the API returns it. */
export const caseOutputSchema = z.object({
  id: z.uuid(),
  childFirstName: z.string(),
  childLastName: z.string().nullable(),
  childDateOfBirth: z.iso.date().nullable(),
  grade: z.enum(GRADES).nullable(),
  school: z.string().nullable(),
  district: z.string().nullable(),
  state: z.enum(STATES),
  planType: z.enum(PLAN_TYPES),
  parentLanguage: z.enum(PARENT_LANGUAGES),
  notes: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
