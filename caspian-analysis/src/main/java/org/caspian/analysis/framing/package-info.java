/**
 * Framing markers: the loaded words each side of a conflict uses for the same thing (Artsakh or
 * Garabagh, "anti-terrorist measures" or "ethnic cleansing"), read from a frame lexicon, plus
 * distancing devices such as "so-called" and scare quotes.
 */
package org.caspian.analysis.framing;
