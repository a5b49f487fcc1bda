/**
 * Caspian's data model: immutable records for articles and everything the analysis stages find in
 * them. Every annotation carries a {@link org.caspian.model.Span} of character offsets into {@link
 * org.caspian.model.Article#text()}, so each figure shown to a user can be traced to its sentence.
 */
package org.caspian.model;
