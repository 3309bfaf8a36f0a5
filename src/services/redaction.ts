// The redaction rules as a service, for the CLI (`duiding redact`) and anyone checking them.
export { redact } from '../domain/privacy/redact.ts';
