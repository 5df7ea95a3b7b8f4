// The public archive is documents to read: rendered on the server and sent without the app's
// JavaScript (links and the search form are plain HTML), so the public's pages stay light.
export const csr = false;
