/**
 * The law behind the guide's texts, as `Citation`s.
 *
 * Sources: /work/shared/reference/legal.md (its confidence labels decide `verified`: V and V-p
 * are verified; V-s, M and "not read" are not) and, where marked `checked: GUIDE_CHECKED`,
 * regulation text read on that day in a word-for-word copy (GPO's CFR 2007 edition, the
 * Department of Education's IDEA site, or a copy that repeats the text word for word). Rules we
 * could read only in secondary sources stay `verified: false`, and the pages must say so.
 *
 * @module
 */
import { type Citation, cite } from '../law/citation.js';
import { AL_08, ecfr104, ecfr300 } from '../law/sources.js';

/** The day the `checked` citations below were read in a copy of the rule text. */
export const GUIDE_CHECKED = '2026-11-28';

const checked = GUIDE_CHECKED;

/** Every citation the guide uses, by a short key. */
export const GUIDE_CITATIONS = {
  // Mediation (legal.md §3)
  p506a: cite('34 CFR 300.506(a)', { url: ecfr300('506') }),
  p506b1: cite('34 CFR 300.506(b)(1)(i)-(ii)', { url: ecfr300('506') }),
  p506b4: cite('34 CFR 300.506(b)(4)', { url: ecfr300('506') }),
  p506b6: cite('34 CFR 300.506(b)(6)-(7); 20 U.S.C. 1415(e)(2)(F)', { url: ecfr300('506') }),
  p506b8: cite('34 CFR 300.506(b)(8)', { url: ecfr300('506') }),
  alMediation: cite(
    'Ala. Admin. Code r. 290-8-9-.08 (mediation paragraph not read; how to ask is not confirmed)',
    { url: AL_08, verified: false },
  ),
  // State complaints (legal.md §2, §7)
  p151b: cite('34 CFR 300.151(b) (read only in the Part C twin, 34 CFR 303.432(b))', {
    url: ecfr300('151'),
    verified: false,
  }),
  p152a: cite('34 CFR 300.152(a)', { url: ecfr300('152') }),
  p153: cite('34 CFR 300.153(a)-(d)', { url: ecfr300('153') }),
  alComplaint: cite('Ala. Admin. Code r. 290-8-9-.08 (state complaint procedure)', {
    url: AL_08,
  }),
  // Due process (legal.md §4)
  p507a1: cite('34 CFR 300.507(a)(1) (wording from memory in the fact sheet)', {
    url: ecfr300('507'),
    verified: false,
  }),
  p508ab: cite('34 CFR 300.508(a)-(b)', { url: ecfr300('508') }),
  alDueProcess: cite(
    'Ala. Admin. Code r. 290-8-9-.08 (due process paragraph not read; where to send it is not confirmed)',
    { url: AL_08, verified: false },
  ),
  p510a: cite('34 CFR 300.510(a)', { url: ecfr300('510') }),
  p510b: cite('34 CFR 300.510(b)', { url: ecfr300('510') }),
  p510d: cite('34 CFR 300.510(d)', { url: ecfr300('510') }),
  p510e: cite('34 CFR 300.510(e)', { url: ecfr300('510') }),
  p512a: cite('34 CFR 300.512(a)', { url: ecfr300('512') }),
  p518a: cite('34 CFR 300.518(a)', { url: ecfr300('518') }),
  compensatory: cite(
    'Compensatory education as a hearing remedy (case law; not in the text of 34 CFR Part 300)',
    { verified: false },
  ),
  // Discipline (legal.md §5, §7)
  p530b: cite('34 CFR 300.530(b)(1)-(2)', { url: ecfr300('530') }),
  p530e: cite('34 CFR 300.530(e)', { url: ecfr300('530') }),
  p536: cite('34 CFR 300.536 (read only in a secondary summary)', {
    url: ecfr300('536'),
    verified: false,
  }),
  al09: cite('Ala. Admin. Code r. 290-8-9-.09(1)(b)-(c)', {
    url: 'https://regulations.justia.com/states/alabama/title-290/chapter-290-8-9/section-290-8-9-09',
  }),
  osepInformalRemovals: cite(
    'OSEP, Questions and Answers Addressing the Needs of Children with Disabilities and IDEA\u2019s Discipline Provisions (July 2022), Questions C-3 and C-6 (read only in summaries)',
    {
      url: 'https://sites.ed.gov/idea/files/qa-addressing-the-needs-of-children-with-disabilities-and-idea-discipline-provisions.pdf',
      verified: false,
    },
  ),
  alRestraint: cite(
    'Ala. Admin. Code r. 290-3-1-.02(1)(f) (seclusion and restraint; read only in a policy database copy and news reports)',
    {
      url: 'https://statepolicies.nasbe.org/health/categories/physical-environment/student-searches/alabama-student-searches-program-requirements',
      verified: false,
    },
  ),
  // Evaluation, IEP, notices and records (legal.md §6, §7)
  p301c1: cite('34 CFR 300.301(c)(1)', { url: ecfr300('301') }),
  al02: cite('Ala. Admin. Code r. 290-8-9-.02(1) (60 calendar days; rule text not read)', {
    verified: false,
  }),
  al04: cite('Ala. Admin. Code r. 290-8-9-.04(1)', {
    url: 'https://regulations.justia.com/states/alabama/title-290/chapter-290-8-9/section-290-8-9-04',
  }),
  p502a3: cite('34 CFR 300.502(a)(3)', { url: ecfr300('502'), checked }),
  p502b: cite('34 CFR 300.502(b)(1)-(3)', { url: ecfr300('502') }),
  p502b4: cite('34 CFR 300.502(b)(4) (secondary summary only)', {
    url: ecfr300('502'),
    verified: false,
  }),
  p502c: cite('34 CFR 300.502(c) (secondary summary and memory)', {
    url: ecfr300('502'),
    verified: false,
  }),
  p301b: cite('34 CFR 300.301(b)', { url: ecfr300('301') }),
  p503a: cite('34 CFR 300.503(a)', { url: ecfr300('503'), checked }),
  p503b: cite('34 CFR 300.503(b)', { url: ecfr300('503') }),
  p320b: cite('34 CFR 300.320(b)', { url: ecfr300('320'), checked }),
  p321a6: cite('34 CFR 300.321(a)(6)', { url: ecfr300('321'), checked }),
  p322a: cite('34 CFR 300.322(a)-(b)', { url: ecfr300('322') }),
  p322e: cite('34 CFR 300.322(e)', { url: ecfr300('322'), checked }),
  p322f: cite('34 CFR 300.322(f) (secondary summary only)', {
    url: ecfr300('322'),
    verified: false,
  }),
  p324a1ii: cite('34 CFR 300.324(a)(1)(ii); 20 U.S.C. 1414(d)(3)(A)(ii)', {
    url: ecfr300('324'),
    checked,
  }),
  p324a2i: cite('34 CFR 300.324(a)(2)(i)', { url: ecfr300('324'), checked }),
  at1414: cite('20 U.S.C. 1414(d)(3)(B)(v)', {
    url: 'https://sites.ed.gov/idea/statute-chapter-33/subchapter-ii/1414/d/3/',
    checked,
  }),
  p324b1: cite('34 CFR 300.324(b)(1)', { url: ecfr300('324') }),
  p323c: cite('34 CFR 300.323(c)', { url: ecfr300('323') }),
  al05: cite('Ala. Admin. Code r. 290-8-9-.05(2)(b)', {
    url: 'https://regulations.justia.com/states/alabama/title-290/chapter-290-8-9/section-290-8-9-05',
  }),
  p613: cite('34 CFR 300.613 (read only in state copies that repeat it word for word)', {
    url: ecfr300('613'),
    verified: false,
  }),
  // Section 504 (legal.md §8)
  p104_36: cite('34 CFR 104.36', { url: ecfr104('36') }),
  p104_7: cite('34 CFR 104.7 (read only in other agencies\u2019 identical Section 504 rules)', {
    url: ecfr104('7'),
    verified: false,
  }),
  p100_7b: cite('34 CFR 100.7(b), applied to Section 504 by 34 CFR 104.61 (as quoted)', {
    url: 'https://www.ecfr.gov/current/title-34/subtitle-B/chapter-I/part-100/section-100.7',
    verified: false,
  }),
} satisfies Record<string, Citation>;
