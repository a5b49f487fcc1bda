package org.caspian.analysis.morph;

/** What one dictionary tag says: part of speech and features. */
record TagReading(PartOfSpeech pos, Features features) {}
