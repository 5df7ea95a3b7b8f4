// The national picture is public reading: rendered on the server without the app's JavaScript
// (the measure form and the sort links are plain HTML), as the public archive is.
export const csr = false;
