// Stories a member released to a network with their teller's consent (issue 15, migration 0020,
// docs/network.md "Shared stories"). Owned by the releasing member (tenant_id leads); the copy is
// redacted again and goes when the story goes (foreign key, on delete cascade).
import { sql } from 'drizzle-orm';
import { foreignKey, index, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { id, tenantId, tsvector } from './columns.ts';
import { networks } from './network.ts';
import { stories } from './stories.ts';

export const networkStoryReleases = pgTable(
  'network_story_releases',
  {
    tenantId: tenantId(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    storyId: uuid('story_id').notNull(),
    id: id(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    period: text('period').notNull().default(''),
    /** A user id without a foreign key: the release outlives its releaser's account. */
    releasedBy: uuid('released_by'),
    releasedAt: timestamp('released_at', { withTimezone: true }).notNull().defaultNow(),
    search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('dutch'::regconfig, "title" || ' ' || "text")`),
  },
  (t) => [
    primaryKey({ name: 'network_story_releases_pk', columns: [t.tenantId, t.networkId, t.storyId] }),
    unique('network_story_releases_id').on(t.networkId, t.id),
    foreignKey({ name: 'network_story_releases_story_fk', columns: [t.tenantId, t.storyId], foreignColumns: [stories.tenantId, stories.id] }).onDelete(
      'cascade',
    ),
    index('network_story_releases_network').on(t.networkId, t.releasedAt),
    index('network_story_releases_search').using('gin', t.search),
  ],
);
