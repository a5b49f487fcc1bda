/**
 * Evaluation against hand-coded gold data: {@link org.caspian.analysis.eval.GoldSet} holds
 * sentences annotated by a person with actors, events and quotes, and
 * {@link org.caspian.analysis.eval.Evaluator} runs any {@link org.caspian.analysis.Stage} over them
 * and reports micro-averaged precision, recall and F1 per layer, with per-item diff lines that show
 * what was missed and what was invented.
 */
package org.caspian.analysis.eval;
