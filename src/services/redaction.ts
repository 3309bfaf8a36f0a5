// The redaction rules as a service, for the CLI (`duiding redact`) and anyone checking them.
export { redact, redactText, MARKERS, type Redaction, type RedactionKind } from '../domain/privacy/redact.ts';
