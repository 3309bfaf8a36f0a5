import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../src/domain/demo/index.ts';
import { AREA_CODE } from '../../../src/domain/indicators/types.ts';
import { QUESTION_TYPES, isNotApplicable } from '../../../src/domain/questionnaire/types.ts';
import { answerProblem, localizedTexts } from './answer-validity.ts';

const demo = generateDemo();
const { questionnaire: q, stories } = demo;
const question = (key: string) => q.questions.find((x) => x.key === key)!;
const WIJKEN = Array.from({ length: 8 }, (_, i) => `WK99990${i + 1}`);

describe('generateDemo: determinism', () => {
  it('gives the same data for the same seed and different data for another seed', () => {
    expect(generateDemo({ stories: 300, seed: 7 })).toEqual(generateDemo({ stories: 300, seed: 7 }));
    expect(generateDemo({ stories: 50, seed: 8 }).stories).not.toEqual(generateDemo({ stories: 50, seed: 7 }).stories);
  });

  it('keeps the first stories the same when more are asked for', () => {
    expect(generateDemo({ stories: 2000 }).stories.slice(0, 100)).toEqual(generateDemo({ stories: 100 }).stories);
  });

  it('rejects a negative or fractional number of stories', () => {
    expect(() => generateDemo({ stories: -1 })).toThrow(RangeError);
    expect(() => generateDemo({ stories: 1.5 })).toThrow(RangeError);
    expect(generateDemo({ stories: 0 }).stories).toEqual([]);
  });

  it('generates 2,000 stories well under a second', () => {
    const start = performance.now();
    generateDemo({ stories: 2000, seed: 3 });
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('generateDemo: municipality', () => {
  it('is clearly fictional', () => {
    expect(demo.tenant).toMatchObject({ slug: 'voorbeeld', name: 'Gemeente Voorbeeld', fictional: true });
    expect(demo.tenant.notice).toMatch(/bestaat niet/);
  });

  it('has the gemeente GM9999 and eight wijken with names', () => {
    expect(demo.areas[0]).toMatchObject({ code: 'GM9999', name: 'Voorbeeld', level: 'gemeente' });
    const wijken = demo.areas.filter((a) => a.level === 'wijk');
    expect(wijken.map((a) => a.code)).toEqual(WIJKEN);
    expect(new Set(wijken.map((a) => a.name)).size).toBe(8);
    for (const a of demo.areas) expect(a.code).toMatch(AREA_CODE);
  });

  it('has three providers and a demo user per role', () => {
    expect(demo.providers.map((p) => p.code)).toEqual(['wijkteam-noord', 'jeugdhulp-de-brug', 'gezinspunt']);
    expect(demo.users.map((u) => u.role)).toEqual(['beheerder', 'analist', 'gespreksleider', 'interviewer', 'raad', 'aanbieder', 'netwerkcoordinator']);
    for (const u of demo.users) expect(u.email).toBe(`${u.role}@voorbeeld.example`);
  });
});

describe('generateDemo: questionnaire', () => {
  it('uses every question type, unique keys, and has nl and en everywhere (and ar, tr, pl, uk, machine-translated)', () => {
    expect(q).toMatchObject({
      format: 'duiding.questionnaire/v1',
      key: 'zo-thuis',
      languages: ['nl', 'en', 'ar', 'tr', 'pl', 'uk'],
      machineTranslated: ['ar', 'tr', 'pl', 'uk'],
    });
    expect(new Set(q.questions.map((x) => x.type))).toEqual(new Set(QUESTION_TYPES));
    expect(new Set(q.questions.map((x) => x.key)).size).toBe(q.questions.length);
    expect(q.prompts.length).toBeGreaterThanOrEqual(2);
    for (const text of localizedTexts(q)) {
      expect(text.nl?.trim()).toBeTruthy();
      expect(text.en?.trim()).toBeTruthy();
      for (const language of ['ar', 'tr', 'pl', 'uk']) expect(text[language]?.trim(), language).toBeTruthy();
    }
    expect(q.questions.filter((x) => x.required).length).toBeGreaterThan(1);
    expect(q.questions.filter((x) => x.help).length).toBeGreaterThan(1);
  });

  it('lists the eight wijken and the three providers', () => {
    const wijk = question('wijk');
    expect(wijk.type === 'area' && wijk.level === 'wijk' && wijk.areas?.map((a) => a.code)).toEqual(WIJKEN);
    const aanbieder = question('aanbieder');
    expect(aanbieder.type === 'choice' && aanbieder.options.map((o) => o.key)).toEqual(demo.providers.map((p) => p.code));
  });
});

describe('generateDemo: stories', () => {
  it('makes 2,000 stories by default with unique demo refs', () => {
    expect(stories).toHaveLength(2000);
    expect(new Set(stories.map((s) => s.ref)).size).toBe(2000);
    for (const s of stories) expect(s.ref).toMatch(/^demo-\d{6}$/);
  });

  it('answers every question validly, required ones always, NA only where allowed', () => {
    const problems: string[] = [];
    for (const s of stories) {
      for (const [key, value] of Object.entries(s.answers)) {
        const x = q.questions.find((y) => y.key === key);
        const problem = x ? answerProblem(x, value) : 'unknown question';
        if (problem) problems.push(`${s.ref} ${key}: ${problem}`);
      }
      for (const x of q.questions) if (x.required && !(x.key in s.answers)) problems.push(`${s.ref} ${x.key}: missing`);
    }
    expect(problems).toEqual([]);
  });

  it('leaves some optional questions unanswered and marks some not applicable', () => {
    for (const x of q.questions.filter((y) => !y.required)) {
      expect(
        stories.some((s) => !(x.key in s.answers)),
        x.key,
      ).toBe(true);
    }
    const na = stories.filter((s) => Object.values(s.answers).some((v) => isNotApplicable(v)));
    expect(na.length).toBeGreaterThan(20);
  });

  it('dates stories in 2025 and 2026 (not after 2026-11-24) in the collection of their year', () => {
    const limit = Date.UTC(2026, 10, 24);
    for (const s of stories) {
      const year = s.collectedAt.getUTCFullYear();
      expect([2025, 2026]).toContain(year);
      expect(s.collectedAt.getTime()).toBeLessThan(limit);
      expect(s.collection).toBe(`zo-thuis-${year}`);
      expect(q.prompts.map((p) => p.key)).toContain(s.prompt);
    }
    expect(demo.collections.map((c) => c.key)).toEqual(['zo-thuis-2025', 'zo-thuis-2026']);
  });

  it('spreads stories over every wijk, provider and year', () => {
    for (const year of [2025, 2026]) {
      const ofYear = stories.filter((s) => s.collectedAt.getUTCFullYear() === year);
      for (const wijk of WIJKEN) expect(ofYear.filter((s) => s.answers.wijk === wijk).length, `${wijk} ${year}`).toBeGreaterThan(10);
      for (const p of demo.providers) expect(ofYear.filter((s) => s.answers.aanbieder === p.code).length).toBeGreaterThan(100);
    }
  });

  it('is mostly Dutch, with a few English stories', () => {
    const en = stories.filter((s) => s.language === 'en').length;
    expect(en).toBeGreaterThan(0);
    expect(en).toBeLessThan(stories.length * 0.1);
    expect(stories.every((s) => s.language === 'nl' || s.language === 'en')).toBe(true);
  });

  it('tells varied stories of two to six sentences', () => {
    const words = new Set<string>();
    for (const s of stories) {
      const sentences = s.text.split(/(?<=[.!?])\s+/);
      expect(sentences.length).toBeGreaterThanOrEqual(2);
      expect(sentences.length).toBeLessThanOrEqual(6);
      expect(s.title.trim()).not.toBe('');
      expect(s.text).not.toMatch(/[{}]/);
      for (const w of s.text.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(w);
    }
    expect(new Set(stories.map((s) => s.text)).size).toBeGreaterThan(1900);
    expect(words.size).toBeGreaterThan(400);
  });

  it('contains no e-mail addresses, phone numbers, postcodes or IBANs', () => {
    const personal = [/@/, /\b0\d{9}\b/, /\+31/, /\b06[- ]?\d{8}\b/, /\b\d{4} ?[A-Z]{2}\b/, /\bNL\d{2}[A-Z]{4}\d{10}\b/, /\b\d{9}\b/];
    for (const s of stories) {
      const all = [s.title, s.text, typeof s.answers.tip === 'string' ? s.answers.tip : ''].join('\n');
      for (const re of personal) expect(all, `${s.ref} ${re}`).not.toMatch(re);
    }
  });
});
