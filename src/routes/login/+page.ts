// Signing in is one plain form: no JavaScript is sent, so the first page a user opens is light.
export const csr = false;
