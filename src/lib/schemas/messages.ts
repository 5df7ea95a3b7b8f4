/**
 * Valibot words its own messages in English ("Invalid key: Expected …"). A
 * check that names no message of its own reports this catalogue key instead,
 * so a person always reads our text in their language. Every module that
 * declares schemas imports this one, so the setting is in force wherever a
 * schema parses: the app, the collaboration server and the tests alike.
 */
import * as v from 'valibot';

v.setGlobalMessage('validation.invalid');
