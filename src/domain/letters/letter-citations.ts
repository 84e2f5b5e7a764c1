/**
 * The law the letters rely on, each cite once, with whether its text was read. Sources:
 * /work/shared/reference/legal.md (§2 state complaints, §3 mediation, §4 due process, §6
 * evaluation, IEE, PWN and records, §7 Alabama, §8 Section 504). `verified: false` where the fact
 * sheet marks the point V-s (secondary source), V-p (read only in a mirror), M (memory) or "not
 * read"; the app must show those as not yet checked.
 *
 * Sub-paragraph numbers such as 300.153(b)(4)(v) and 300.508(b)(6) follow the layout of the eCFR
 * text; the fact sheet confirms the content of 300.153(b) and 300.508(b) but lists the items
 * without their sub-numbers, so the numbers should be confirmed once against the eCFR.
 *
 * @module
 */
import { type Citation, cite } from '../law/citation.js';
import { AL_08, ecfr100, ecfr104, ecfr300 } from '../law/sources.js';

/** The day the fact sheet behind these cites was read. */
const CHECKED = '2026-11-28';

function read(text: string, url: string): Citation {
  return cite(text, { url, checked: CHECKED });
}

function notRead(text: string, url?: string): Citation {
  return cite(text, { ...(url ? { url } : {}), verified: false, checked: CHECKED });
}

/** Every cite a letter uses, by a short key. */
export const LETTER_CITATIONS = {
  // State complaints (legal.md §2, §7): read.
  sc153a: read('34 CFR 300.153(a)', ecfr300('153')),
  sc153b1: read('34 CFR 300.153(b)(1)', ecfr300('153')),
  sc153b2: read('34 CFR 300.153(b)(2)', ecfr300('153')),
  sc153b3: read('34 CFR 300.153(b)(3)', ecfr300('153')),
  sc153b4i: read('34 CFR 300.153(b)(4)(i)', ecfr300('153')),
  sc153b4ii: read('34 CFR 300.153(b)(4)(ii)', ecfr300('153')),
  sc153b4iii: read('34 CFR 300.153(b)(4)(iii)', ecfr300('153')),
  sc153b4iv: read('34 CFR 300.153(b)(4)(iv)', ecfr300('153')),
  sc153b4v: read('34 CFR 300.153(b)(4)(v)', ecfr300('153')),
  sc153c: read('34 CFR 300.153(c)', ecfr300('153')),
  sc153d: read('34 CFR 300.153(d)', ecfr300('153')),
  sc152a: read('34 CFR 300.152(a)', ecfr300('152')),
  alComplaint: read('Ala. Admin. Code r. 290-8-9-.08 (state complaint procedure)', AL_08),
  // Mediation (legal.md §3): 300.506(a), (b)(1), (b)(4)-(6) read; Alabama's request path not.
  med506a: read('34 CFR 300.506(a)', ecfr300('506')),
  med506b1: read('34 CFR 300.506(b)(1)(i)-(ii)', ecfr300('506')),
  med506b4: read('34 CFR 300.506(b)(4)', ecfr300('506')),
  med506b5: read('34 CFR 300.506(b)(5)', ecfr300('506')),
  med506b6: read('34 CFR 300.506(b)(6)', ecfr300('506')),
  med506b8: read('34 CFR 300.506(b)(8)', ecfr300('506')),
  alMediation: notRead(
    'Ala. Admin. Code r. 290-8-9-.08 (mediation paragraph, not read; how ALSDE takes requests is not verified)',
    AL_08,
  ),
  // Due process (legal.md §4): read.
  dp507a2: read('34 CFR 300.507(a)(2)', ecfr300('507')),
  dp508a: read('34 CFR 300.508(a)', ecfr300('508')),
  dp508b1: read('34 CFR 300.508(b)(1)', ecfr300('508')),
  dp508b2: read('34 CFR 300.508(b)(2)', ecfr300('508')),
  dp508b3: read('34 CFR 300.508(b)(3)', ecfr300('508')),
  dp508b5: read('34 CFR 300.508(b)(5)', ecfr300('508')),
  dp508b6: read('34 CFR 300.508(b)(6)', ecfr300('508')),
  dp510a: read('34 CFR 300.510(a)', ecfr300('510')),
  dp518a: read('34 CFR 300.518(a)', ecfr300('518')),
  alDueProcess: notRead(
    'Ala. Admin. Code r. 290-8-9-.08 (due process paragraph, not read; 2 years per secondary sources)',
    AL_08,
  ),
  // Evaluation, IEE, PWN, records (legal.md §6).
  iee502b1: read('34 CFR 300.502(b)(1)', ecfr300('502')),
  iee502b2: read('34 CFR 300.502(b)(2)', ecfr300('502')),
  iee502b4: notRead('34 CFR 300.502(b)(4) (secondary sources only)', ecfr300('502')),
  iee502e: notRead('34 CFR 300.502(e) (secondary sources only)', ecfr300('502')),
  // 300.503(a) and (c)(1) read 2026-12-07 in the Government Publishing Office's CFR text and an
  // ESC Region 18 copy of it (notice a reasonable time before; understandable language, the
  // parent's native language or other mode of communication).
  pwn503a: cite('34 CFR 300.503(a)', { url: ecfr300('503'), checked: '2026-12-07' }),
  pwn503b: read('34 CFR 300.503(b)', ecfr300('503')),
  pwn503c: cite('34 CFR 300.503(c)(1)', { url: ecfr300('503'), checked: '2026-12-07' }),
  rec613: notRead(
    '34 CFR 300.613 (read only in state rules that repeat it word for word)',
    ecfr300('613'),
  ),
  // Section 504 (legal.md §8).
  s504_7: notRead(
    "34 CFR 104.7(b) (read only in other agencies' identical Section 504 rules)",
    ecfr104('7'),
  ),
  s504_36: read('34 CFR 104.36', ecfr104('36')),
  ocr100_7b: notRead('34 CFR 100.7(b) (read only as quoted by secondary sources)', ecfr100('7')),
  ocr104_61: notRead(
    '34 CFR 104.61 (applies 34 CFR 100.6-100.10 to Section 504; not read)',
    ecfr104('61'),
  ),
  ocr100_7e: notRead('34 CFR 100.7(e) (no retaliation; from memory, not read)', ecfr100('7')),
} as const satisfies Readonly<Record<string, Citation>>;

/** A key of {@link LETTER_CITATIONS}. */
export type LetterCitationKey = keyof typeof LETTER_CITATIONS;
