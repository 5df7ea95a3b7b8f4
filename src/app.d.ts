import type { Actor } from '#lib/domain/policy.js';
import type { Language } from '#lib/domain/roles.js';
import type { Session, User } from '#lib/server/db/schema/index.js';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** i18n key of the message shown to the user, e.g. why access was refused. */
			key?: string;
		}
		interface Locals {
			user: User | null;
			session: Session | null;
			actor: Actor | null;
			locale: Language;
		}
	}
}

export {};
