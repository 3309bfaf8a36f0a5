// The session's CSRF token in every form that changes something (docs/security.md). Nothing
// when there is no session (a signed-out teller's form has its own token or none).
export function CsrfField({ token }: { token: string | undefined | null }) {
  return token ? <input type="hidden" name="_csrf" value={token} /> : null;
}
