/**
 * The region an administration page or form is about: `?region=<slug>`, which
 * only an administrator can choose (everyone else gets their own region).
 */
export function regionParam(url: URL): string | null {
	return url.searchParams.get('region');
}

/** The one-time link a user opens to set their password (valid 7 days). */
export function setPasswordUrl(url: URL, token: string): string {
	return `${url.origin}/set-password/${token}`;
}
