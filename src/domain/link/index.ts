export { aggregateStories, chooseAreaQuestion, median, periodOf } from './aggregate.ts';
export type { Cell, CellAggregate, LinkStory, StoryAggregates, StoryMeasure } from './aggregate.ts';
export { linkOf, linkStoriesToIndicators } from './link.ts';
export type { LinkInput } from './link.ts';
export * from './types.ts';
