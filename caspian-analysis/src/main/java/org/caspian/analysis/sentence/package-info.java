/** Sentence boundaries: ICU's sentence rules corrected by per-language abbreviation lists. */
package org.caspian.analysis.sentence;
