import { describe, expect, it } from 'vitest';
import { buildConcernsStatement, type ConcernsStatementInput } from './concerns-statement.js';

const input: ConcernsStatementInput = {
  childName: ' Ana  López ',
  date: '2027-03-01',
  priorities: ['Reading at grade level', '', '  60 minutes of speech a week  ', 'A talker device'],
  concerns:
    'Ana is falling behind in reading.\n\nShe gets upset when she cannot say what she needs.',
  parentName: 'María López',
  school: 'Oak Hill Elementary',
};

describe('buildConcernsStatement', () => {
  it('builds the English statement with title, child, date and numbered priorities', () => {
    const out = buildConcernsStatement(input, 'en');
    expect(out.ok).toBe(true);
    if (!out.ok) {
      return;
    }
    const s = out.statement;
    expect(s.title).toBe('Parent Concerns Statement');
    expect(s.childLine).toBe('Child: Ana López');
    expect(s.schoolLine).toBe('School: Oak Hill Elementary');
    expect(s.dateLine).toBe('Date: Mar 1, 2027');
    expect(s.priorities).toEqual([
      'Reading at grade level',
      '60 minutes of speech a week',
      'A talker device',
    ]);
    expect(s.concerns).toHaveLength(2);
    expect(s.signatureLine).toBe('Thank you, María López');
  });

  it('asks the school to attach it to the IEP, citing 34 CFR 300.324(a)(1)(ii)', () => {
    const out = buildConcernsStatement(input, 'en');
    expect(out.ok && out.statement.attachRequest).toContain(
      'attach this statement to my child’s IEP',
    );
    expect(out.ok && out.statement.attachRequest).toContain('34 CFR 300.324(a)(1)(ii)');
    expect(out.ok && out.statement.citations.map((c) => c.cite)).toEqual([
      '34 CFR 300.324(a)(1)(ii); 20 U.S.C. 1414(d)(3)(A)(ii)',
    ]);
  });

  it('builds the same statement in Spanish', () => {
    const out = buildConcernsStatement(input, 'es');
    expect(out.ok).toBe(true);
    if (!out.ok) {
      return;
    }
    expect(out.statement.title).toBe('Declaración de las preocupaciones de los padres');
    expect(out.statement.dateLine).toBe('Fecha: 1 de marzo de 2027');
    expect(out.statement.attachRequest).toContain('adjunten esta declaración al IEP');
    expect(out.statement.attachRequest).toContain('34 CFR 300.324(a)(1)(ii)');
  });

  it('asks to keep it with the 504 plan, without citing IDEA, for a 504 meeting', () => {
    const out = buildConcernsStatement({ ...input, plan: 'section_504' }, 'en');
    expect(out.ok && out.statement.attachRequest).toContain('504 plan');
    expect(out.ok && out.statement.citations).toEqual([]);
  });

  it('leaves out the concerns heading, school and signature when they are empty', () => {
    const out = buildConcernsStatement(
      { childName: 'Ana', date: '2027-03-01', priorities: ['Reading'], concerns: '  ' },
      'en',
    );
    expect(out.ok && out.statement.concernsHeading).toBeNull();
    expect(out.ok && out.statement.schoolLine).toBeNull();
    expect(out.ok && out.statement.signatureLine).toBeNull();
  });

  it('reports every problem with the input instead of building a statement', () => {
    const out = buildConcernsStatement(
      {
        childName: ' ',
        date: '2027-02-30',
        priorities: ['a', 'b', 'c', 'd', 'e', 'x'.repeat(301)],
        concerns: 'y'.repeat(2001),
      },
      'en',
    );
    expect(out).toEqual({
      ok: false,
      problems: [
        { field: 'childName', code: 'child_name_missing' },
        { field: 'date', code: 'invalid_date' },
        { field: 'priorities', code: 'too_many_priorities' },
        { field: 'priorities[5]', code: 'priority_too_long' },
        { field: 'concerns', code: 'concerns_too_long' },
      ],
    });
  });

  it('needs at least one priority', () => {
    const out = buildConcernsStatement(
      { childName: 'Ana', date: '2027-03-01', priorities: [' '], concerns: '' },
      'es',
    );
    expect(out).toEqual({ ok: false, problems: [{ field: 'priorities', code: 'no_priorities' }] });
  });
});
