import fs from 'node:fs';
import { readCsv } from '../src/domain/csv/reader.ts';
import type { AnswerValue, Questionnaire } from '../src/domain/questionnaire/types.ts';
import { StoryRowDecoder } from '../src/domain/stories/csv-codec.ts';

/** Reads a stories CSV into answers per story, the way the scan receives them. */
export async function readStoriesForBench(questionnaire: Questionnaire, file: string): Promise<Record<string, AnswerValue>[]> {
  const answers: Record<string, AnswerValue>[] = [];
  let decoder: StoryRowDecoder | null = null;
  for await (const record of readCsv(fs.createReadStream(file, { encoding: 'utf8' }))) {
    if (!decoder) {
      decoder = new StoryRowDecoder(questionnaire, record, file);
      continue;
    }
    if (record.fields.length === 1 && record.fields[0] === '') continue;
    const decoded = decoder.decode(record);
    if (decoded.story) answers.push(decoded.story.answers);
  }
  return answers;
}
