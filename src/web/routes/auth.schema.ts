import { z } from 'zod';

/** Sign-up and log-in both take an email and a password; the password rules are checked after. */
export const credentialsSchema = z.object({
  email: z.string().trim().max(320, 'tooLong').pipe(z.email('invalid')),
  password: z.string().min(1, 'required').max(1024, 'tooLong'),
});

/** The most fields a kept form may carry (the longest form, a follow-up letter, has about 200). */
export const CARRIED_MAX_FIELDS = 1000;

const carriedFieldsSchema = z
  .array(z.tuple([z.string().min(1).max(200), z.string().max(70_000)]))
  .max(CARRIED_MAX_FIELDS);

/**
 * The `carried` field of the log-in form: a form typed before the session ended, as JSON pairs of
 * name and value. Anything else (missing, not JSON, the wrong shape) carries nothing.
 */
export function parseCarriedFields(value: unknown): [string, string][] | undefined {
  if (typeof value !== 'string' || value === '') {
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return undefined;
  }
  const parsed = carriedFieldsSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
