/**
 * Alabama contacts for the guide, as data. Each detail says whether it is verified and where it
 * comes from; each contact has the date it was last checked.
 *
 * Source: /work/shared/reference/legal.md §7 ("Alabama contacts") and §0 point 6. "Checked" means
 * checked against that fact sheet's sources on `lastChecked`, not against the live sites; a
 * detail the fact sheet rates V-s, M or "dated" is `verified: false`, and the page must say so.
 * The phone numbers for ADAP and APEC are the same as `US_AL_RULES.legalHelp` (the chooser's
 * legal-help step); a test keeps the two in step.
 *
 * @module
 */
import type { ContactId, LocalizedText } from './types.js';

/** The date the details below were last compared with the fact sheet's sources. */
export const CONTACTS_LAST_CHECKED = '2026-11-28';

/** One way to reach a contact. */
export type ContactDetail = {
  readonly value: string;
  readonly verified: boolean;
  /** Where the value was read (a public page named in the fact sheet). */
  readonly source?: string;
};

/** The kinds of detail a contact can have, in display order. */
export const CONTACT_DETAIL_KINDS = [
  'phone',
  'tollFree',
  'tty',
  'fax',
  'email',
  'mail',
  'street',
  'website',
] as const;
/** One of {@link CONTACT_DETAIL_KINDS}. */
export type ContactDetailKind = (typeof CONTACT_DETAIL_KINDS)[number];

/** A body a parent may call or write to. */
export type Contact = {
  readonly id: ContactId;
  readonly name: LocalizedText;
  /** What they do for a parent, in plain words. */
  readonly role: LocalizedText;
  readonly details: { readonly [K in ContactDetailKind]?: ContactDetail };
  /** Something to know before calling, e.g. an unconfirmed detail. */
  readonly note?: LocalizedText;
  readonly lastChecked: string;
};

const WHNT =
  'https://whnt.com/2019/02/04/alabama-state-department-of-education-to-destroy-special-education-records-in-march/';
const AL_08 =
  'https://regulations.justia.com/states/alabama/title-290/chapter-290-8-9/section-290-8-9-08';
const ADAP_REPORT = 'https://rsa.ed.gov/doc/pair/fy2018/al-h240a180001-rsa-509.html';

/** The contacts, keyed by id. */
export const CONTACTS: { readonly [C in ContactId]: Contact } = {
  alsde_special_education: {
    id: 'alsde_special_education',
    name: {
      en: 'Alabama State Department of Education (ALSDE), Special Education Services',
      es: 'Departamento de Educación del Estado de Alabama (ALSDE), Servicios de Educación Especial',
    },
    role: {
      en: 'The state office. It takes state complaints and runs mediation.',
      es: 'La oficina del estado. Recibe las quejas estatales y organiza la mediación.',
    },
    details: {
      phone: { value: '334-694-4782', verified: true, source: WHNT },
      fax: { value: '334-694-4986', verified: true, source: WHNT },
      email: { value: 'sesdr@alsde.edu', verified: false, source: WHNT },
      mail: {
        value: 'P.O. Box 302101, Montgomery, AL 36130-2101',
        verified: true,
        source: AL_08,
      },
      street: {
        value: 'Gordon Persons Building, 50 N. Ripley St., Montgomery, AL 36104',
        verified: false,
      },
      website: { value: 'https://www.alabamaachieves.org', verified: false },
    },
    note: {
      en: 'Ask for the dispute resolution staff. The email, street address and website are not confirmed yet.',
      es: 'Pida hablar con el personal de resolución de conflictos. El correo, la dirección física y el sitio web todavía no están confirmados.',
    },
    lastChecked: CONTACTS_LAST_CHECKED,
  },
  apec: {
    id: 'apec',
    name: {
      en: 'Alabama Parent Education Center (APEC)',
      es: 'Alabama Parent Education Center (APEC)',
    },
    role: {
      en: 'The parent center for Alabama. It helps parents learn their rights and get ready for meetings, for free.',
      es: 'El centro para padres de Alabama. Ayuda gratis a los padres a conocer sus derechos y a prepararse para las reuniones.',
    },
    details: {
      phone: {
        value: '334-567-2252',
        verified: false,
        source: 'http://nationalpirc.org/directory/AL.html',
      },
      street: {
        value: '10520 US Highway 231, Wetumpka, AL 36092',
        verified: false,
        source: 'http://nationalpirc.org/directory/AL.html',
      },
    },
    note: {
      en: 'This phone number and address come from an old list. Please check them before you rely on them.',
      es: 'Este teléfono y esta dirección vienen de una lista vieja. Por favor, confírmelos antes de contar con ellos.',
    },
    lastChecked: CONTACTS_LAST_CHECKED,
  },
  adap: {
    id: 'adap',
    name: {
      en: 'Alabama Disabilities Advocacy Program (ADAP)',
      es: 'Alabama Disabilities Advocacy Program (ADAP)',
    },
    role: {
      en: 'Free legal help for people with disabilities in Alabama. It takes cases in the areas it picks each year.',
      es: 'Ayuda legal gratis para personas con discapacidad en Alabama. Acepta casos en los temas que elige cada año.',
    },
    details: {
      phone: { value: '205-348-4928', verified: true, source: ADAP_REPORT },
      tollFree: { value: '1-800-826-1675', verified: true, source: ADAP_REPORT },
      tty: { value: '205-348-9484', verified: true, source: ADAP_REPORT },
      fax: { value: '205-348-3909', verified: true, source: ADAP_REPORT },
      email: { value: 'adap@adap.ua.edu', verified: true, source: ADAP_REPORT },
      mail: { value: 'Box 870395, Tuscaloosa, AL 35487', verified: true, source: ADAP_REPORT },
      website: { value: 'https://adap.ua.edu', verified: true, source: 'https://adap.ua.edu' },
    },
    lastChecked: CONTACTS_LAST_CHECKED,
  },
  ocr: {
    id: 'ocr',
    name: {
      en: 'U.S. Department of Education, Office for Civil Rights (OCR)',
      es: 'Oficina de Derechos Civiles (OCR) del Departamento de Educación de EE. UU.',
    },
    role: {
      en: 'Takes complaints about unfair treatment because of a disability. That includes a 504 plan that is not followed.',
      es: 'Recibe quejas por trato injusto debido a una discapacidad. Eso incluye un plan 504 que no se cumple.',
    },
    details: {
      tollFree: {
        value: '1-800-421-3481',
        verified: false,
        source:
          'https://cpfamilynetwork.org/resources/resources-guide/u-s-department-education-office-civil-rights-ocr/',
      },
      email: { value: 'ocr@ed.gov', verified: false },
    },
    note: {
      en: 'Alabama is served by the Atlanta office. We have not confirmed its address and phone yet.',
      es: 'A Alabama la atiende la oficina de Atlanta. Todavía no hemos confirmado su dirección y teléfono.',
    },
    lastChecked: CONTACTS_LAST_CHECKED,
  },
};

/**
 * True only when every detail of the contact is verified.
 *
 * @example
 * isContactVerified(CONTACTS.adap); // true
 */
export function isContactVerified(contact: Contact): boolean {
  return Object.values(contact.details).every((detail) => detail?.verified === true);
}
