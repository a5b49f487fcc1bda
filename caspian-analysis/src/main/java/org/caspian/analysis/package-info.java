/**
 * The analysis pipeline.
 *
 * <p>A {@link org.caspian.analysis.Stage} reads an {@link org.caspian.model.AnalyzedArticle} and
 * returns a copy with one more {@link org.caspian.model.Layer} filled in. Stages are stateless and
 * thread-safe: all they hold is immutable data (dictionaries, lexicons) loaded when they are built.
 * Every annotation is a {@link org.caspian.model.Span} into the article's text.
 *
 * <p>{@link org.caspian.analysis.Pipeline.Builder} checks, when the pipeline is built, that each
 * stage's {@code requires()} is provided by a stage before it, so a mis-ordered pipeline fails at
 * start-up, never half-way through a batch. To add a stage: write one class in its own package,
 * declare what it requires and provides, and add it in {@link org.caspian.analysis.Pipelines}.
 */
package org.caspian.analysis;
