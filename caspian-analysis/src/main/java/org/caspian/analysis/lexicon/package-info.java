/**
 * Shared lexicon machinery for the dictionary-driven stages: a character trie that matches
 * case-folded words and phrases at token starts without allocating, and a reader for the
 * tab-separated data files the lexicons live in.
 */
package org.caspian.analysis.lexicon;
