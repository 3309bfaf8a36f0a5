// Small shapes several resources share.
import { z } from '@hono/zod-openapi';

/** Text per language code: {"nl": "…", "en": "…"}. */
export const LocalizedText = z.record(z.string(), z.string()).openapi('LocalizedText');

/** A label in both languages of the app. */
export const Bilingual = z.object({ nl: z.string(), en: z.string() }).openapi('Bilingual');

/** A figure as a reader gets it: the number, or the marker when it rests on too few stories. */
export const Figure = z.union([z.number(), z.object({ suppressed: z.literal(true) })]).openapi('Figure');

/** An ISO 8601 timestamp (presenters turn every Date into one). */
export const Timestamp = z.string().datetime({ offset: true }).openapi({ example: '2026-03-12T09:30:00.000Z' });

/**
 * `schema` or null. For a named (registered) schema `.nullable()` loses the null in the generated
 * document (the generator writes only the $ref), so the union is spelled out.
 */
export const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);
