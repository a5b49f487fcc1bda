package org.caspian.server.pages;

/**
 * One thing the pipeline found in an article, as the reader's side panel lists it.
 *
 * @param ref the id its highlights carry in {@code data-refs} ("a0", "e2", "q1", "f0")
 * @param kind {@code actor}, {@code event}, {@code quote} or {@code frame}
 * @param label the main line ("RUSGOV → AZEGOV · CAMEO 111")
 * @param detail a second line (name, modality, speaker, side), may be empty
 * @param text the words in the article
 * @param start start offset in the text
 * @param end end offset (exclusive)
 */
public record AnalysisItem(String ref, String kind, String label, String detail, String text,
    int start, int end) {}
