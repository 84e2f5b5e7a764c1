/**
 * The finished letter as data: every string already in the letter's language, so the PDF, DOCX
 * and HTML renderers only lay it out. Text is plain (never markup); "\n" inside a paragraph is a
 * line break the parent typed.
 *
 * @module
 */
import type { Locale } from '../deadlines/localized.js';
import type { Citation } from '../law/citation.js';
import type { ElementId } from './letter-elements.js';
import type { LetterKind } from './letter-types.js';

/** A name and address, printed as lines (sender, recipient, copy). */
export type AddressBlock = {
  /** The first line, e.g. "State Superintendent of Education". */
  readonly name: string;
  /** The following lines (attention line, street, city). */
  readonly lines: readonly string[];
  /** False when the address was not confirmed from an official source. */
  readonly verified: boolean;
};

/** One item of a list; `id` is stable so the parent can edit it. */
export type ListItem = { readonly id: string; readonly text: string; readonly edited?: boolean };

/** A label and its value, e.g. "Student: Ana López". */
export type FieldRow = { readonly label: string; readonly value: string };

/** The body of a letter, in reading order. */
export type LetterBlock =
  | {
      readonly type: 'heading';
      readonly id: string;
      readonly text: string;
      readonly elements?: readonly ElementId[];
      readonly edited?: boolean;
    }
  | {
      readonly type: 'paragraph';
      readonly id: string;
      readonly text: string;
      /** The required elements this paragraph carries. */
      readonly elements?: readonly ElementId[];
      readonly edited?: boolean;
    }
  | {
      readonly type: 'list';
      readonly id: string;
      readonly ordered: boolean;
      readonly items: readonly ListItem[];
      readonly elements?: readonly ElementId[];
    }
  | {
      readonly type: 'fields';
      readonly id: string;
      readonly rows: readonly FieldRow[];
      readonly elements?: readonly ElementId[];
    };

/** The typed signature and the signer's contact lines. */
export type SignatureBlock = {
  /** "Sincerely," / "Atentamente,". */
  readonly closing: string;
  /** "/s/ Name". */
  readonly typed: string;
  readonly name: string;
  /** Address, phone and email lines. */
  readonly lines: readonly string[];
  /** e.g. "Parent of Ana López". */
  readonly role: string;
};

/** Labels the renderers print around the content, in the letter's language. */
export type LetterLabels = {
  /** With `{page}` and `{pages}`, e.g. "Page {page} of {pages}". */
  readonly pageNumber: string;
  /** "Copies to:". */
  readonly copies: string;
  /** "To:". */
  readonly to: string;
  /** "From:". */
  readonly from: string;
  /** "Re:" for the subject line. */
  readonly subject: string;
};

/** A letter ready to render. */
export type LetterModel = {
  readonly kind: LetterKind;
  /** The language of every string in the model. */
  readonly language: Locale;
  /** BCP 47 tag for the document (/Lang in the PDF, lang= in HTML), e.g. "es-US". */
  readonly lang: string;
  /** True for the translated copy of an English letter, made for the parent to read. */
  readonly mirror: boolean;
  /** True when required elements are missing and shown as placeholders (a preview, not final). */
  readonly draft: boolean;
  /** Notices printed at the top (the mirror and draft notices). */
  readonly notices: readonly string[];
  /** The document title (PDF title, DOCX title, HTML heading). */
  readonly title: string;
  /** The letter date, formatted in the letter's language. */
  readonly date: string;
  readonly from: AddressBlock;
  readonly to: readonly AddressBlock[];
  /** The subject line (without the "Re:" label). */
  readonly subject: string;
  readonly salutation: string;
  readonly body: readonly LetterBlock[];
  readonly signature: SignatureBlock;
  readonly copies: readonly AddressBlock[];
  /** The law the letter relies on (for the app to show, with its verified flags). */
  readonly citations: readonly Citation[];
  /** Required elements still missing (only non-empty in a draft). */
  readonly missing: readonly ElementId[];
  readonly labels: LetterLabels;
};
