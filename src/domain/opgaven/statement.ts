// A theory-of-change statement is stored as one sentence, "Als wij A, draagt dat bij aan B,
// omdat C.", so that every reader (monitor, report, API) shows it as written. The guided form
// asks for A, B and C separately; parseStatement gives them back for editing.

export interface StatementParts {
  /** A: what we do ("het wijkteam dichtbij laten werken"). */
  action: string;
  /** B: what it contributes to. */
  contributesTo: string;
  /** C: why we think so. */
  because: string;
}

const trimEnd = (s: string) => s.trim().replace(/[.\s]+$/u, '');

export function composeStatement(parts: StatementParts): string {
  return `Als wij ${trimEnd(parts.action)}, draagt dat bij aan ${trimEnd(parts.contributesTo)}, omdat ${trimEnd(parts.because)}.`;
}

const PATTERN = /^Als wij ([\s\S]+?), draagt dat bij aan ([\s\S]+?), omdat ([\s\S]+?)\.?$/u;

/** null when the text was written freely (e.g. through the API) and does not follow the form. */
export function parseStatement(text: string): StatementParts | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  return { action: match[1], contributesTo: match[2], because: match[3] };
}
