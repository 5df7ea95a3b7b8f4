import { defineConfig } from 'drizzle-kit';

// Only for generating migrations (`npm run db:generate`); the app applies them itself at start-up.
export default defineConfig({
	schema: './src/lib/server/db/schema/index.ts',
	out: './drizzle',
	dialect: 'sqlite',
	strict: true
});
