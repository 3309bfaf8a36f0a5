// The teller's form fields → story submission (shared by the browser script and the no-JavaScript
// post): triad and stones fallbacks, "niet van toepassing", required answers, limits.
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/domain/demo/questionnaire.ts';
import { tellerNl } from '../../../src/web/i18n/teller.ts';
import { rulesOf } from '../../../src/web/teller/client-rules.ts';
import { answerToFields, problemMessages, readSubmission, submissionFromForm } from '../../../src/web/teller/form-fields.ts';

const demo = questionnaire();
/** The rules the teller's page embeds (with the server's text limits): what the browser converts with. */
const rules = rulesOf(demo);
const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** The smallest valid form of the demo questionnaire, plus extra fields. */
function form(extra: [string, string][] = []): [string, string][] {
  return [
    ['id', ID],
    ['language', 'nl'],
    ['consent.share', 'ja'],
    ['consent.quote', 'nee'],
    ['prompt', 'wachten'],
    ['title', ''],
    ['text', 'We wachtten drie maanden op hulp voor onze zoon en niemand belde terug.'],
    ['q.gevoel', 'onzeker'],
    ['q.rol', 'ouder'],
    ['q.wijk', 'WK999903'],
    ['website', ''],
    ...extra,
  ];
}

describe('readSubmission', () => {
  it('turns a minimal form into a submission with the required answers and a title from the text', () => {
    const { submission, errors } = readSubmission(rules, form());
    expect(errors).toEqual({});
    expect(submission).toEqual({
      id: ID,
      language: 'nl',
      prompt: 'wachten',
      title: 'We wachtten drie maanden op hulp voor onze…',
      text: 'We wachtten drie maanden op hulp voor onze zoon en niemand belde terug.',
      answers: { gevoel: 'onzeker', rol: 'ouder', wijk: 'WK999903' },
      consent: { share: true, quote: false, network: false },
      website: '',
    });
  });

  it('reads the consent to share with a network only when ticked (the box is optional)', () => {
    expect(readSubmission(rules, form([['consent.network', 'ja']])).submission.consent).toEqual({ share: true, quote: false, network: true });
    expect(readSubmission(rules, form([['consent.network', 'nee']])).submission.consent.network).toBe(false);
  });

  it('normalises the three triad numbers of the no-JavaScript fallback to weights summing to 1', () => {
    const { submission, errors } = readSubmission(
      rules,
      form([
        ['q.wie_hielp.1', '20'],
        ['q.wie_hielp.2', '60'],
        ['q.wie_hielp.3', '20'],
      ]),
    );
    expect(errors).toEqual({});
    expect(submission.answers.wie_hielp).toEqual([0.2, 0.6, 0.2]);
  });

  it('treats an empty triad corner as 0 when another is filled, and refuses all zeros or negatives', () => {
    expect(readSubmission(rules, form([['q.wie_hielp.2', '7,5']])).submission.answers.wie_hielp).toEqual([0, 1, 0]);
    expect(
      readSubmission(
        rules,
        form([
          ['q.wie_hielp.1', '0'],
          ['q.wie_hielp.2', '0'],
          ['q.wie_hielp.3', ''],
        ]),
      ).errors['q.wie_hielp'],
    ).toEqual({ code: 'triadZero' });
    expect(
      readSubmission(
        rules,
        form([
          ['q.wie_hielp.1', '-5'],
          ['q.wie_hielp.2', '10'],
        ]),
      ).errors['q.wie_hielp'],
    ).toEqual({ code: 'notNumber' });
    expect(readSubmission(rules, form([['q.wie_hielp.1', 'veel']])).errors['q.wie_hielp']).toEqual({ code: 'notNumber' });
  });

  it('reads stones from two numbers per stone; unplaced stones are left out; half a stone is an error', () => {
    const placed = readSubmission(
      rules,
      form([
        ['q.steun.wijkteam.x', '80'],
        ['q.steun.wijkteam.y', '30'],
        ['q.steun.school.x', '0'],
        ['q.steun.school.y', '100'],
        ['q.steun.jeugdhulp.x', ''],
        ['q.steun.jeugdhulp.y', ''],
      ]),
    );
    expect(placed.errors).toEqual({});
    expect(placed.submission.answers.steun).toEqual({ wijkteam: [80, 30], school: [0, 100] });
    expect(readSubmission(rules, form([['q.steun.wijkteam.x', '80']])).errors['q.steun']).toEqual({ code: 'stoneHalf' });
    expect(
      readSubmission(
        rules,
        form([
          ['q.steun.wijkteam.x', '80'],
          ['q.steun.wijkteam.y', '101'],
        ]),
      ).errors['q.steun'],
    ).toEqual({ code: 'range', min: 0, max: 100 });
    expect(
      readSubmission(
        rules,
        form([
          ['q.steun.wijkteam.x', ''],
          ['q.steun.wijkteam.y', ''],
        ]),
      ).submission.answers,
    ).not.toHaveProperty('steun');
  });

  it('gives "NA" for niet van toepassing, over any value, only where the question allows it', () => {
    const { submission } = readSubmission(
      rules,
      form([
        ['q.gehoord', '70'],
        ['q.gehoord.na', 'ja'],
        ['q.wachtweken.na', 'ja'],
        ['q.cijfer.na', 'ja'],
        ['q.cijfer', '8'],
      ]),
    );
    expect(submission.answers.gehoord).toBe('NA');
    expect(submission.answers.wachtweken).toBe('NA');
    // cijfer does not allow "niet van toepassing": the mark counts.
    expect(submission.answers.cijfer).toBe(8);
  });

  it('leaves an empty field unanswered (not 0), and checks numbers against their limits', () => {
    const empty = readSubmission(
      rules,
      form([
        ['q.gehoord', ''],
        ['q.wachtweken', ' '],
      ]),
    );
    expect(empty.submission.answers).not.toHaveProperty('gehoord');
    expect(empty.submission.answers).not.toHaveProperty('wachtweken');
    expect(readSubmission(rules, form([['q.gehoord', '64']])).submission.answers.gehoord).toBe(64);
    expect(readSubmission(rules, form([['q.wachtweken', '3,5']])).submission.answers.wachtweken).toBe(3.5);
    expect(readSubmission(rules, form([['q.wachtweken', '200']])).errors['q.wachtweken']).toEqual({ code: 'range', min: 0, max: 104 });
    expect(readSubmission(rules, form([['q.cijfer', '7.5']])).errors['q.cijfer']).toEqual({ code: 'range', min: 1, max: 10 });
    expect(readSubmission(rules, form([['q.gehoord', '101']])).errors['q.gehoord']).toEqual({ code: 'range', min: 0, max: 100 });
  });

  it('keeps multichoice in questionnaire order and enforces max and known options', () => {
    const ok = readSubmission(
      rules,
      form([
        ['q.wat_hielp', 'school'],
        ['q.wat_hielp', 'snel-hulp'],
      ]),
    );
    expect(ok.submission.answers.wat_hielp).toEqual(['snel-hulp', 'school']);
    const four = ['school', 'snel-hulp', 'familie', 'niets'].map((v): [string, string] => ['q.wat_hielp', v]);
    expect(readSubmission(rules, form(four)).errors['q.wat_hielp']).toEqual({ code: 'tooMany', max: 3 });
    expect(readSubmission(rules, form([['q.wat_hielp', 'toverstaf']])).errors['q.wat_hielp']).toEqual({ code: 'unknown' });
    expect(readSubmission(rules, [...form().filter(([name]) => name !== 'q.wijk'), ['q.wijk', 'WK000000']]).errors['q.wijk']).toEqual({ code: 'unknown' });
  });

  it('names every missing required field: consent, quote choice, prompt, text and required questions', () => {
    const { errors } = readSubmission(rules, [['id', 'not-a-uuid']]);
    expect(Object.keys(errors).sort()).toEqual(['consent.quote', 'consent.share', 'prompt', 'q.gevoel', 'q.rol', 'q.wijk', 'text']);
    expect(readSubmission(rules, [['id', 'not-a-uuid']]).submission).not.toHaveProperty('id');
  });

  it('gives plain Dutch messages with the limits filled in', () => {
    const { errors } = submissionFromForm(
      demo,
      form([
        ['q.wachtweken', '200'],
        ['q.wie_hielp.1', '0'],
      ]),
      tellerNl,
      'nl',
    );
    expect(errors['q.wachtweken']).toBe('Vul een getal in van 0 tot en met 104.');
    expect(errors['q.wie_hielp']).toBe('Geef minstens één punt een getal hoger dan 0.');
  });
});

describe('service problems and stored answers', () => {
  it('puts a problem from submitStory next to the field it names', () => {
    const messages = problemMessages(
      [
        { field: 'answers.gehoord', code: 'x', nl: 'moet tussen 0 en 100 liggen', en: 'must be 0–100' },
        { field: 'consent.quote', code: 'y', nl: 'kies ja of nee', en: 'yes or no' },
        { code: 'z', nl: 'iets anders', en: 'something else' },
      ],
      'nl',
    );
    expect(messages).toEqual({ 'q.gehoord': 'moet tussen 0 en 100 liggen', 'consent.quote': 'kies ja of nee', form: 'iets anders' });
  });

  it('turns stored answers back into fields that read as the same answers', () => {
    const answers: Record<string, unknown> = {
      wie_hielp: [0.25, 0.5, 0.25],
      steun: { school: [10, 90] },
      wat_hielp: ['school', 'niets'],
      gehoord: 'NA',
      cijfer: 7,
    };
    const fields = demo.questions.flatMap((q) => answerToFields(q, answers[q.key] as never));
    const back = readSubmission(rules, form(fields)).submission.answers;
    expect(back).toMatchObject({ wie_hielp: [0.25, 0.5, 0.25], steun: { school: [10, 90] }, wat_hielp: ['school', 'niets'], gehoord: 'NA', cijfer: 7 });
  });
});

describe('the triad in words (aria-valuetext)', () => {
  const texts = tellerNl.client;
  const corners = ['familie', 'een professional', 'ikzelf'];
  it('says where the dot is, with the shares', async () => {
    const { describeTriad } = await import('../../../src/web/assets/teller-widgets.js');
    expect(describeTriad([0.2, 0.6, 0.2], corners, texts)).toBe("dichter bij 'een professional' (familie 20%, een professional 60%, ikzelf 20%)");
    expect(describeTriad([1 / 3, 1 / 3, 1 / 3], corners, texts)).toBe('in het midden: alle drie evenveel (familie 33%, een professional 33%, ikzelf 33%)');
    expect(describeTriad([0.45, 0.1, 0.45], corners, texts)).toBe("tussen 'familie' en 'ikzelf' (familie 45%, een professional 10%, ikzelf 45%)");
    expect(describeTriad(null, corners, texts)).toBe('nog niet gekozen');
  });
});
