/**
 * pdfmake as every PDF of the app uses it: Roboto (with ä, ö and å) embedded,
 * and no access to anything else.
 */
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { TFontDictionary } from 'pdfmake/interfaces';

// Resolved through Node rather than the bundler: pdfmake stays external (it is
// in `dependencies`), so its font files are found next to it at run time.
const require = createRequire(import.meta.url);
const fonts = require('pdfmake/fonts/Roboto.js') as TFontDictionary;
const fontFiles = new Set(Object.values(fonts.Roboto));

pdfmake.addFonts(fonts);
// A document never refers to remote resources, and the only local files pdfmake
// may read are its own fonts: text typed by users cannot make the server
// fetch a URL or read a file.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => fontFiles.has(path));

export { pdfmake };
