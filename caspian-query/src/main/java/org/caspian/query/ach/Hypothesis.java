package org.caspian.query.ach;

/**
 * A hypothesis of a matrix.
 *
 * @param id "H1", "H2", ... within its matrix
 * @param title one line
 * @param open false once the analyst has closed it (rejected or settled)
 */
public record Hypothesis(String id, String title, boolean open) {}
