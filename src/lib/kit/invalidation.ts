/**
 * The dependency key of a meeting page's data (`depends`): the page's live
 * document invalidates it when the server signals that attendance, times,
 * attachments or the status changed (doc-schema's page signal).
 */
export const MEETING_DATA = 'app:meeting';
