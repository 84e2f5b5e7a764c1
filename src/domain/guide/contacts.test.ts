import { describe, expect, it } from 'vitest';
import { US_AL_RULES } from '../rules/us-al-rules.js';
import { CONTACT_DETAIL_KINDS, CONTACTS, isContactVerified } from './contacts.js';
import { CONTACT_IDS } from './types.js';

describe('Alabama contacts', () => {
  it('has ALSDE Special Education Services with the seed’s phone and the rule’s mailing address', () => {
    const alsde = CONTACTS.alsde_special_education;
    expect(alsde.details.phone).toMatchObject({ value: '334-694-4782', verified: true });
    expect(alsde.details.mail).toMatchObject({
      value: 'P.O. Box 302101, Montgomery, AL 36130-2101',
      verified: true,
    });
  });

  it('marks the details the fact sheet could not confirm as unverified', () => {
    expect(CONTACTS.alsde_special_education.details.email?.verified).toBe(false);
    expect(CONTACTS.alsde_special_education.details.street?.verified).toBe(false);
    expect(CONTACTS.alsde_special_education.details.website?.verified).toBe(false);
    expect(CONTACTS.apec.details.phone?.verified).toBe(false);
    expect(isContactVerified(CONTACTS.apec)).toBe(false);
    expect(isContactVerified(CONTACTS.adap)).toBe(true);
    expect(CONTACTS.apec.note?.en).toMatch(/check/);
  });

  it('gives every contact a last-checked date, a role and at least one way to reach it', () => {
    expect(Object.keys(CONTACTS)).toEqual([...CONTACT_IDS]);
    for (const contact of Object.values(CONTACTS)) {
      expect(contact.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(contact.role.en && contact.role.es).toBeTruthy();
      expect(Object.keys(contact.details).length).toBeGreaterThan(0);
      for (const key of Object.keys(contact.details)) {
        expect(CONTACT_DETAIL_KINDS).toContain(key);
      }
    }
  });

  it('agrees with the chooser’s legal-help numbers in rules/us-al-rules.ts', () => {
    const help = (abbr: string) =>
      US_AL_RULES.legalHelp.find((h) => h.name.en.includes(`(${abbr})`));
    expect(help('ADAP')?.phone).toBe(CONTACTS.adap.details.tollFree?.value);
    expect(help('ADAP')?.verified).toBe(CONTACTS.adap.details.tollFree?.verified);
    expect(help('APEC')?.phone).toBe(CONTACTS.apec.details.phone?.value);
    expect(help('APEC')?.verified).toBe(CONTACTS.apec.details.phone?.verified);
  });
});
