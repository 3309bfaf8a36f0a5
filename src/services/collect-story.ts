// Collecting one story from a public link (/vertel/{slug}) or from staff entering an interview or
// ombuds signal: the entry point the teller's page, the designer's staff entry and the collection
// API import. The types are in collect/types.ts, the implementation in collect/. See
// docs/collecting.md.
//
//   findCollectionBySlug(db, slug, now?): CollectionLookup
//     'unknown' for a slug no municipality uses; 'not-yet-open' / 'closed' by opensAt/closesAt.
//   submitStory(db, slug, submission, submitter?): SubmitResult
//     Throws InputRejected (400 naming each field; 404 for an unknown collection) or CollectRefused
//     (collect/errors.ts: 401/403 staff only, 409 not yet open or an id sent before with other
//     content, 410 closed), both Refused (domain/refused.ts), which app.onError answers; stores nothing on any error. Redacts title, text and text answers
//     first. A filled honeypot returns a dummy result and stores nothing.
//   withdrawStory(db, code): boolean
//     Deletes the story and its answers for good; false for an unknown code.
export type { OpenCollection, StorySubmission, Submitter } from './collect/types.ts';
export { findCollectionBySlug } from './collect/find-collection.ts';
export { submitStory } from './collect/submit.ts';
export { withdrawalCodeExists, withdrawStory } from './collect/withdraw.ts';
