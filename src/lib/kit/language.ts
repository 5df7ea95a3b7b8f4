export const LANGUAGE_COOKIE = 'lang';
