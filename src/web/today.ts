const ALABAMA_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Chicago',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's date in Alabama (US Central time), where our families are, as 'YYYY-MM-DD': the
 * `today` of the deadline engine, the interview's `asOf`, the latest possible birth date.
 *
 * @example
 * todayInAlabama(new Date('2026-03-01T03:00:00Z')); // '2026-02-28'
 */
export function todayInAlabama(now: Date = new Date()): string {
  return ALABAMA_DATE.format(now);
}
