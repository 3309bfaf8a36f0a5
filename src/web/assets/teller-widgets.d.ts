// Types of teller-widgets.js (browser code; only the pure helper is used from TypeScript).
export function describeTriad(weights: number[] | null, labels: string[], texts: Record<string, unknown>): string;
export function enhanceWidgets(root: unknown, texts: Record<string, unknown>): Map<string, { sync(): void; describe(): string }>;
