const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Row ids are UUIDs the app made. Anything else (even a NUL byte PostgreSQL would reject) names
 * no row, so repositories answer "not found" without asking the database.
 */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
