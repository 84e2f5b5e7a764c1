import { z } from 'zod';

/** Sign-up and log-in both take an email and a password; the password rules are checked after. */
export const credentialsSchema = z.object({
  email: z.string().trim().max(320, 'tooLong').pipe(z.email('invalid')),
  password: z.string().min(1, 'required').max(1024, 'tooLong'),
});
