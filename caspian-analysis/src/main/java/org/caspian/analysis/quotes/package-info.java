/**
 * Quotes: words in quotation marks and reported speech ("X said that ..."), each attributed to a
 * speaker resolved to an actor where possible, including speakers named only by a pronoun or a role
 * ("he noted", "the political scientist stated").
 */
package org.caspian.analysis.quotes;
