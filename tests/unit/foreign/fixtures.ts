// The real NarraFirma and SenseMaker files of ../shared/datasets (not part of the repository).
import fs from 'node:fs';
import path from 'node:path';
import { parseCsv, type CsvRecord } from '../../../src/domain/csv/reader.ts';
import { SHARED_DIR } from '../../support/reference-case.ts';

const DATASETS = path.join(SHARED_DIR, 'datasets');
export const NARRAFIRMA = path.join(DATASETS, 'narrafirma');
export const SENSEMAKER = path.join(DATASETS, 'sensemaker');
export const haveDatasets = fs.existsSync(path.join(SENSEMAKER, 'ADemo_Data.csv')) && fs.existsSync(path.join(NARRAFIRMA, 'narrafirma_example_stories.csv'));

export function csvRecords(file: string): CsvRecord[] {
  // Bytes as they are: the BOM and CRLF of the real files are part of the test.
  return parseCsv(fs.readFileSync(file, 'utf8'));
}

export function json(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
