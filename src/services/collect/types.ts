// What collecting a story takes and gives (collect-story.ts is the entry point that the teller's
// page, the designer's staff entry and the collection API import).
import type { Role } from '../../db/schema/index.ts';
import type { Questionnaire } from '../../domain/questionnaire/types.ts';

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
  /** network: may the story be shared with the other members of a network (optional, default false)? */
  consent: { share: boolean; quote: boolean; network?: boolean };
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
