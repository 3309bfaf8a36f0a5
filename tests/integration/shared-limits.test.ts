// One source for the teller's limits (issue 16): the rules the teller's page embeds for its script
// and the server's check of a posted story must give the same verdict. Each fixture goes through
// both validators — the browser script's conversion (web/assets/teller-submission.js, with the
// rules read from the served page, as the browser reads them) and the collection API (the server's
// validateSubmission) — and both must accept it, or both refuse it naming the same field.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { MAX_STORY_TEXT, MAX_TEXT_ANSWER, MAX_TITLE } from '../../src/domain/collect/limits.ts';
import { questionnaire } from '../../src/domain/demo/questionnaire.ts';
import { createApp } from '../../src/http/app.ts';
import { DEMO_PUBLIC_SLUG } from '../../src/services/demo/collections.ts';
import { seedDemo } from '../../src/services/seed-demo.ts';
import { fieldOfProblem, readSubmission } from '../../src/web/assets/teller-submission.js';
import type { ClientRules } from '../../src/web/teller/client-rules.ts';
import { answerToFields } from '../../src/web/teller/form-fields.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { demoSubmission } from '../support/story-submission.ts';

type Submission = Omit<ReturnType<typeof demoSubmission>, 'answers'> & { answers: Record<string, unknown> };

/** A story as the API takes it, and the same story as the teller's form fields. */
function formOf(submission: Submission): [string, string][] {
  const answers = submission.answers;
  return [
    ['id', submission.id],
    ['language', submission.language],
    ['prompt', submission.prompt],
    ['title', submission.title],
    ['text', submission.text],
    ['consent.share', submission.consent.share ? 'ja' : ''],
    ['consent.quote', submission.consent.quote ? 'ja' : 'nee'],
    ['website', ''],
    ...questionnaire().questions.flatMap((q) => answerToFields(q, answers[q.key] as never)),
  ];
}

const withAnswer = (key: string, value: unknown) => (s: Submission) => ({ ...s, answers: { ...s.answers, [key]: value } });
const without = (key: string) => (s: Submission) => ({ ...s, answers: Object.fromEntries(Object.entries(s.answers).filter(([k]) => k !== key)) });

/** Fixtures at and just over every limit the page checks, plus bounds that come from the questionnaire. */
const FIXTURES: { name: string; change: (s: Submission) => Submission; accepted: boolean }[] = [
  { name: 'a valid story', change: (s) => s, accepted: true },
  { name: `a title of ${MAX_TITLE} characters`, change: (s) => ({ ...s, title: 't'.repeat(MAX_TITLE) }), accepted: true },
  { name: `a title of ${MAX_TITLE + 1} characters`, change: (s) => ({ ...s, title: 't'.repeat(MAX_TITLE + 1) }), accepted: false },
  { name: `a story of ${MAX_STORY_TEXT} characters`, change: (s) => ({ ...s, text: 'v'.repeat(MAX_STORY_TEXT) }), accepted: true },
  { name: `a story of ${MAX_STORY_TEXT + 1} characters`, change: (s) => ({ ...s, text: 'v'.repeat(MAX_STORY_TEXT + 1) }), accepted: false },
  { name: `a text answer of ${MAX_TEXT_ANSWER} characters`, change: withAnswer('tip', 'w'.repeat(MAX_TEXT_ANSWER)), accepted: true },
  { name: `a text answer of ${MAX_TEXT_ANSWER + 1} characters`, change: withAnswer('tip', 'w'.repeat(MAX_TEXT_ANSWER + 1)), accepted: false },
  { name: 'a text answer as long as a story may be', change: withAnswer('tip', 'w'.repeat(MAX_STORY_TEXT)), accepted: false },
  { name: 'a scale answer at its maximum', change: withAnswer('cijfer', 10), accepted: true },
  { name: 'a scale answer over its maximum', change: withAnswer('cijfer', 11), accepted: false },
  { name: 'more choices than allowed', change: withAnswer('wat_hielp', ['luisteren', 'snel-hulp', 'school', 'familie']), accepted: false },
  { name: 'an area not in the list', change: withAnswer('wijk', 'WK000000'), accepted: false },
  { name: 'a required question left open', change: without('gevoel'), accepted: false },
];

describe.each(testDatabaseTargets())('client and server limits agree on $name', ({ create }) => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let rules: ClientRules;

  beforeAll(async () => {
    handle = await create();
    await seedDemo(handle.db, { stories: 5 });
    app = createApp({ db: handle.db, logger: pino({ level: 'silent' }), secureCookies: false, publicUrl: 'http://localhost', collectRateLimit: false });
    const page = await (await app.request(`/vertel/${DEMO_PUBLIC_SLUG}`)).text();
    const blob = /<script type="application\/json" id="teller-data">([^<]*)<\/script>/.exec(page);
    expect(blob, 'the teller page embeds its rules').not.toBeNull();
    rules = JSON.parse(blob![1]!).questionnaire;
  }, 120_000);
  afterAll(async () => handle?.close());

  it('embeds the server’s limits in the teller page’s rules', () => {
    expect(rules.limits).toEqual({ title: MAX_TITLE, storyText: MAX_STORY_TEXT, textAnswer: MAX_TEXT_ANSWER });
  });

  it.each(FIXTURES)('$name: same verdict in the browser script and on the server', async ({ change, accepted }) => {
    const submission = change(demoSubmission() as Submission);
    const browser = readSubmission(rules, formOf(submission), { language: 'nl' });
    const response = await app.request(`/api/v1/collections/${DEMO_PUBLIC_SLUG}/stories`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify(submission),
    });
    const server = (await response.json()) as { errors?: { field?: string }[] };
    expect({ browser: Object.keys(browser.errors).length === 0, server: response.status === 201 }).toEqual({ browser: accepted, server: accepted });
    if (!accepted) {
      expect(response.status).toBe(400);
      const serverFields = (server.errors ?? []).map((e) => fieldOfProblem(e.field)).sort();
      expect(serverFields).toEqual(Object.keys(browser.errors).sort());
    }
  });
});
