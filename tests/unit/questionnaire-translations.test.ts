// Translatable texts by stable path, missing translations per language, and the compatible
// `machineTranslated` extension of duiding.questionnaire/v1.
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../src/domain/demo/questionnaire.ts';
import { parseQuestionnaire } from '../../src/domain/questionnaire/parse.ts';
import { applyTranslations, missingTranslations, translatableTexts } from '../../src/domain/questionnaire/translations.ts';

describe('questionnaire translations', () => {
  it('ships the demo in nl, en, ar, tr, pl and uk with nothing missing; the four new ones marked as machine translation', () => {
    const q = questionnaire();
    expect(q.languages).toEqual(['nl', 'en', 'ar', 'tr', 'pl', 'uk']);
    expect(q.machineTranslated).toEqual(['ar', 'tr', 'pl', 'uk']);
    for (const language of q.languages)
      expect(
        missingTranslations(q, language).map((t) => t.path),
        language,
      ).toEqual([]);
    const parsed = parseQuestionnaire(JSON.parse(JSON.stringify(q)));
    expect(parsed.ok && parsed.value.machineTranslated).toEqual(['ar', 'tr', 'pl', 'uk']);
  });

  it('names texts by keys, lists what is missing, and fills a new language', () => {
    const q = questionnaire();
    const paths = translatableTexts(q).map((t) => t.path);
    expect(paths).toContain('questions.wie_hielp.corners.2');
    expect(paths).toContain('questions.steun.stones.school');
    expect(paths).toContain('questions.gevoel.options.boos');
    expect(missingTranslations(q, 'so')).toHaveLength(paths.length);
    const { definition, unknownPaths } = applyTranslations(q, 'so', { title: 'Ku koritaanka guriga', 'questions.nope.text': 'x' }, true);
    expect(unknownPaths).toEqual(['questions.nope.text']);
    expect(definition.title.so).toBe('Ku koritaanka guriga');
    expect(definition.languages.at(-1)).toBe('so');
    expect(definition.machineTranslated).toContain('so');
    expect(missingTranslations(definition, 'so')).toHaveLength(paths.length - 1);
    expect(q.title.so).toBeUndefined(); // the original is untouched
    // Checked by a person: the mark goes; an empty text removes that translation.
    const checked = applyTranslations(definition, 'ar', { title: '' }, false).definition;
    expect(checked.machineTranslated).toEqual(['tr', 'pl', 'uk', 'so']);
    expect(checked.title.ar).toBeUndefined();
  });

  it('refuses a machineTranslated language that is not in languages, naming the field', () => {
    const q = { ...questionnaire(), machineTranslated: ['ar', 'fa', 7] };
    const parsed = parseQuestionnaire(JSON.parse(JSON.stringify(q)));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.field)).toEqual(['machineTranslated[1]', 'machineTranslated[2]']);
  });
});
