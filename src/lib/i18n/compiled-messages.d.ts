// The catalogues that vite-plugin.ts compiles at build time.
declare module 'virtual:i18n-messages/*' {
	const messages: import('./translator').LanguageMessages;
	export default messages;
}
