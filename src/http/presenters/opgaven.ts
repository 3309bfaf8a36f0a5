// Opgaven and dialogues as the API sends them (schemas/opgaven.ts): dates as ISO 8601 strings,
// and no storage columns (tenant ids) in the output.
import type { ActionRow } from '../../services/dialogue-read.ts';
import type { Judgement } from '../../services/assumptions.ts';
import type { DialogueView } from '../../services/dialogue-read.ts';
import type { StatusChangeView, TheoryOfChange } from '../../services/opgaven.ts';

const presentChange = (change: StatusChangeView) => ({ ...change, changedAt: change.changedAt.toISOString() });

export function presentTheory(theory: TheoryOfChange) {
  return {
    opgave: theory.opgave,
    statements: theory.statements.map((statement) => ({
      ...statement,
      assumptions: statement.assumptions.map((assumption) => ({
        ...assumption,
        latest: assumption.latest ? presentChange(assumption.latest) : null,
        history: assumption.history.map(presentChange),
      })),
    })),
  };
}

export function presentJudgement(judgement: Judgement) {
  return { id: judgement.id, status: judgement.status, evidence: judgement.evidence, changedAt: judgement.changedAt.toISOString() };
}

function presentAction(row: ActionRow) {
  return {
    id: row.id,
    dialogueId: row.dialogueId,
    kind: row.kind,
    description: row.description,
    owner: row.owner,
    dueOn: row.dueOn,
    learningLevel: row.learningLevel,
    status: row.status,
    followUp: row.followUp,
  };
}

export function presentDialogue(dialogue: DialogueView) {
  return { ...dialogue, actionList: dialogue.actionList.map(presentAction) };
}
