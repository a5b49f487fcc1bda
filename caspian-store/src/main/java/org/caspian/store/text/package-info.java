/**
 * Text analysis for search across languages: one Lucene analyzer per language the index has its
 * own fields for ({@link org.caspian.store.text.LanguageFields}), the filters that add the
 * dictionary forms and other spellings of a word at its position, and the Azerbaijani spelling
 * table.
 */
package org.caspian.store.text;
