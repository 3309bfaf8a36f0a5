// Collecting one story from a public link (/vertel/{slug}) or from staff entering an interview or
// ombuds signal. The interface below is the contract the teller page and the designer code
// against; the implementation follows under it. See docs/collecting.md.
import type { Database } from '../db/connection.ts';
import type { Role } from '../db/schema/index.ts';
import type { Questionnaire } from '../domain/questionnaire/types.ts';

export interface OpenCollection {
  tenantId: string;
  tenantName: string;
  fictional: boolean;
  collectionId: string;
  slug: string;
  title: string;
  mode: 'self' | 'interview' | 'signal';
  languages: string[];
  /** Intro text per language, or null. */
  intro: Record<string, string> | null;
  retentionDays: number | null;
  opensAt: Date | null;
  closesAt: Date | null;
  /** The questionnaire's latest version: what the teller answers. */
  questionnaire: Questionnaire;
  versionId: string;
}

export type CollectionLookup =
  | { status: 'open'; collection: OpenCollection }
  | { status: 'unknown' }
  | { status: 'not-yet-open' | 'closed'; collection: OpenCollection };

export interface StorySubmission {
  /** Client-made UUID: a retry with the same id and the same content never makes a second story. */
  id?: string;
  language: string;
  prompt: string;
  title: string;
  text: string;
  /** By question key, values as PRODUCT.md's types; "NA" = niet van toepassing. */
  answers: Record<string, unknown>;
  consent: { share: boolean; quote: boolean };
  /** Honeypot: a field people never see; bots fill it. Must be empty or absent. */
  website?: string;
}

/** Staff entering a story told in a conversation (mode interview) or an ombuds case (mode signal). */
export interface Submitter {
  userId: string;
  tenantId: string;
  roles: Role[];
}

export interface SubmitResult {
  id: string;
  withdrawalCode: string;
  /** false: this submission id was stored before (a retry); same story, same code. */
  created: boolean;
}

export { findCollectionBySlug } from './collect/find-collection.ts';
export { submitStory } from './collect/submit.ts';
export { withdrawalCodeExists, withdrawStory } from './collect/withdraw.ts';

// Signatures, for readers of this contract:
//   findCollectionBySlug(db: Database, slug: string, now?: Date): Promise<CollectionLookup>
//     — 'unknown' for a slug no municipality uses; 'not-yet-open' / 'closed' by opensAt/closesAt.
//   submitStory(db: Database, slug: string, submission: StorySubmission, submitter?: Submitter): Promise<SubmitResult>
//     — throws InputRejected (400 naming each field, 404 unknown collection) or CollectRefused
//       (collect/errors.ts: 409 not yet open or an id sent before with other content, 410 closed,
//       401/403 staff only); both are Refused (domain/refused.ts), which app.onError answers.
//       Stores nothing on any error. Redacts title, text and text answers first.
//       A filled honeypot returns a dummy result and stores nothing.
//   withdrawStory(db: Database, code: string): Promise<boolean>
//     — deletes the story and its answers for good; false for an unknown code.
export type { Database };
