/**
 * Event coding: finds who did what to whom in a sentence and codes it in CAMEO, with the PLOVER
 * category, Goldstein weight and quad class taken from {@link org.caspian.model.CameoTaxonomy}.
 *
 * <p>{@link org.caspian.analysis.events.EventStage} picks an {@link
 * org.caspian.analysis.events.EventCoder} by the article's language. The English coder ({@link
 * org.caspian.analysis.events.RuleEventCoder}) is driven entirely by data files in this package's
 * resource folder: a verb and noun pattern lexicon ({@code verbs_en.tsv}), the function words its
 * rules need ({@code grammar_en.tsv}), date words ({@code dates_en.tsv}) and two
 * language-independent tables ({@code embedded_codes.tsv},
 * {@code domestic_codes.tsv}); word forms come from the language's {@link
 * org.caspian.analysis.lexicon.Inflector}, the scheme the actor dictionary uses too. Another
 * language plugs in with its own files ({@link
 * org.caspian.analysis.events.RuleEventCoder#forLanguage}) and, where its word order differs, its
 * own role rules.
 *
 * <p>How a sentence is coded: {@code TriggerFinder} matches patterns (verb or noun reading,
 * longest pattern first); {@code SentenceLayout} marks subordinate segments, "according to" and
 * reported-speech regions with their speakers; verbs with a family are linked to the act they embed
 * ("threatened to expel"); {@code SubjectFinder}, {@code RoleFinder} and {@code NounRoleFinder}
 * find source and target actors (passives, compounds, pronouns in reports, coordination);
 * {@code ModalityFinder} decides asserted, negated, planned or hypothetical; {@code SentenceDates}
 * gives each trigger its date cue, resolved by {@code EventDateResolver}
 * against the publication date or the last date mentioned; {@code EventEmitter} applies the
 * country rule and builds the {@link org.caspian.model.Event} with {@code Confidence}. A sentence
 * with a speech verb and no act codes a statement (01x) when the report names a foreign actor.
 * Arguments that lie outside the trigger's own phrase: {@code AdjunctNouns} (a nominal act in an
 * adjunct phrase takes the clause's doers), {@code TargetFinder} (reactions aimed at the doer of
 * the act they answer, through nouns, relatives and passives), {@code Evaluations} (an actor's
 * verdict on an act, criticism or praise by the tone lexicon). {@code TriggerTrace} writes each
 * trigger and its doers to the TRACE log for diagnosis.
 *
 * <p>Russian ({@code verbs_ru.tsv}, {@code grammar_ru.tsv}, {@code dates_ru.tsv}) runs on the same
 * machinery: the same trigger finder, layout, modality, dates and emitter, with source and target
 * found by case and preposition ({@code CaseRoleFinder}, reading each actor phrase's head word
 * with {@link org.caspian.analysis.morph.RussianMorphology}) from the {@code tgt=} and {@code
 * src=} slots of its patterns ({@code Government}) instead of by word order. Which languages
 * ship events, and how each finds roles, is data: {@code event_languages.tsv}. Azerbaijani and
 * Armenian ({@code verbs_az.tsv}, {@code verbs_hy.tsv} and their grammar and date files) run on it
 * too, with {@link org.caspian.analysis.morph.SuffixMorphology}: the case is read on a phrase's
 * last word, with the postposition after it ({@code WordRole.POSTP}).
 *
 * <p>Work per token is a hash lookup into a precompiled {@link
 * org.caspian.analysis.lexicon.WordTable}; patterns are indexed by their first word, so no regular
 * expression runs at coding time.
 */
package org.caspian.analysis.events;
