/**
 * The actors stage: finds the states, governments, institutions, international organisations,
 * outlets and people an article names, each as an {@link org.caspian.model.ActorMention} with a
 * CAMEO-style code and a character span.
 *
 * <p>Everything region-specific is data: the TSV files next to {@link
 * org.caspian.analysis.actors.ActorStage} in the resources (countries, regional names, seats of
 * power, institutions, outlets, people with dated roles, titles, role nouns, case-ending rules and
 * small grammar word lists). Matching is by token: each word is looked up once in a hash table of
 * dictionary tokens and their inflected forms, and phrases are found through the id of their first
 * word, longest first. {@link org.caspian.analysis.actors.ActorStage} documents the rules.
 */
package org.caspian.analysis.actors;
