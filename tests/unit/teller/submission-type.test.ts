// The teller page's script builds the submission the collection API takes. Its type is JSDoc in
// plain JavaScript (web/assets/teller-submission.js); the server's is StorySubmission. These are
// type assertions: `npm run typecheck` (tsc) fails when the two drift apart, before any browser runs.
import { describe, expectTypeOf, it } from 'vitest';
import type { StorySubmission } from '../../../src/services/collect-story.ts';
import type { FieldError, TellerSubmission } from '../../../src/web/assets/teller-submission.js';
import type { ClientRules } from '../../../src/web/teller/client-rules.ts';
import type { Questionnaire } from '../../../src/domain/questionnaire/types.ts';

describe('the teller script’s types', () => {
  it('sends exactly the fields of the server’s StorySubmission, with the same types', () => {
    expectTypeOf<Required<TellerSubmission>>().toEqualTypeOf<Required<StorySubmission>>();
    expectTypeOf<TellerSubmission>().toExtend<StorySubmission>();
  });

  it('checks a full questionnaire as well as the rules the page embeds', () => {
    expectTypeOf<Pick<Questionnaire, 'prompts' | 'questions'>>().toExtend<Omit<ClientRules, 'limits'>>();
    expectTypeOf<FieldError>().toEqualTypeOf<{ code: string; min?: number; max?: number }>();
  });
});
