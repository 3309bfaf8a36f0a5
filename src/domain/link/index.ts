export { aggregateStories, chooseAreaQuestion, median, periodOf } from './aggregate.ts';
export type { LinkStory } from './aggregate.ts';
export { linkOf, linkStoriesToIndicators } from './link.ts';
export * from './types.ts';
