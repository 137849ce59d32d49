/**
 * One strict input layer for every endpoint of the app: text is normalised to Unicode NFC and refused when it holds
 * control characters (tab and line breaks only in fields marked {@link vn.motcua.input.MultiLine}), unpaired
 * surrogates or malformed UTF-8, naming the field; JSON bodies are read strictly (no coercion between strings, numbers
 * and booleans, nothing after the document, no duplicate keys); dates are checked against a plausible range
 * ({@link vn.motcua.input.BirthDate} for birth dates); path and query strings are decoded strictly. The same rules hold
 * on H2 and PostgreSQL, so nothing PostgreSQL would refuse (a NUL character) reaches the database. The API is the two
 * annotations and {@link vn.motcua.input.Text} for text read outside JSON (file names); the rest is internal.
 */
package vn.motcua.input;
