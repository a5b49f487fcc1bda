/**
 * Shared lexicon machinery for the dictionary-driven stages: one inflection scheme ({@link
 * org.caspian.analysis.lexicon.Inflector}, one per language from {@link
 * org.caspian.analysis.lexicon.Inflectors}: English verb and noun forms, case endings of Russian,
 * Armenian and Azerbaijani names), used by both the actor dictionary and the event patterns; a
 * case-insensitive word table ({@link org.caspian.analysis.lexicon.WordTable}); a character trie
 * that matches case-folded words and phrases at token starts without allocating; and a reader
 * for the tab-separated data files the lexicons live in.
 */
package org.caspian.analysis.lexicon;
