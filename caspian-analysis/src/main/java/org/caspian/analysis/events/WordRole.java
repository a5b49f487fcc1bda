package org.caspian.analysis.events;

/**
 * What a function word does for the coding rules. A word may have several roles; {@link FunctionWords}
 * keeps them as a bit mask (a {@code long}) per word id.
 */
enum WordRole {
  /** Negates the verb that follows: "not", "never", "didn't". */
  NEG,
  /** Future auxiliary: "will", "shall". */
  FUTURE,
  /** Modal of possibility: "could", "may", "might", "would", "should". */
  HYPO,
  /** A form of "be", for passives and progressives. */
  BE,
  /** Introduces the agent of a passive or a noun: "by". */
  BY,
  /** Coordinator joining actors or clauses: "and", "then". */
  AND,
  /** A comma or similar soft separator. */
  COMMA,
  /** Ends a clause for every rule: ";", ":", "(", ")". */
  HARD,
  /** A quotation mark. */
  QUOTE,
  /** Starts a subordinate clause that lasts to the next comma: "after", "because", "while". */
  SUBORD,
  /** Relative pronoun: "who", "which". */
  REL,
  /** Complementizer after a speech verb: "that". */
  THAT,
  /** First word of "according to". */
  ACCORDING,
  /** Infinitive marker "to". */
  TO,
  /** "for": introduces what an appeal or accusation is about ("called for", "blamed X for"). */
  FOR,
  /** "with", marks the partner of symmetric verbs. */
  WITH,
  /** "between", marks both partners of a symmetric noun. */
  BETWEEN,
  /** "of", links an accusation or a noun to what it is about. */
  OF,
  /** Preposition after which an actor is a location or circumstance, never a target: "in". */
  OBLIQUE,
  /** Any preposition. */
  PREP,
  /** Determiner: "the", "a", "its". */
  DET,
  /** Possessive marker token: "'s". */
  POSS,
  /** Before "to", makes the verb planned: "plans", "scheduled", "expected". */
  PLAN,
  /** Before "to", makes the verb hypothetical: "wants", "seeks", "tried". */
  ATTEMPT,
  /** Before "to", negates the verb: "failed", "yet". */
  FAIL,
  /** Makes the rest of the clause hypothetical: "if", "unless", "whether". */
  IF,
  /** Marks a question: "?". */
  QUESTION,
  /** Adjective before a noun trigger that makes it planned: "upcoming", "planned". */
  NPLAN,
  /** Adjective before a noun trigger that makes it hypothetical: "possible". */
  NHYPO,
  /** Determiner before a noun trigger that negates it: "no". */
  NNEG,
  /** A sentence-final stop: ".", "!". */
  STOP,
  /** A personal pronoun that can stand for the speaker in reported speech: "he", "it", "we". */
  PRON,
  /** Half of a reciprocal pronoun: two in a row ("each other", "one another") make a mutual act. */
  RECIP,
  /** An auxiliary other than "be" and the modals: "has", "had", "did". */
  AUX,
  /** A month or weekday name; set from the date lexicon, not from the grammar file. */
  DATE,
  /** A place preposition whose object is the premises acted on ("a search at the office of X"). */
  SITE,
  /**
   * A noun that points back at an act told just before: "the claim", "the move": the act's
   * subject in the previous sentence is the target of a reaction to it ("Yerevan denied the claim").
   */
  ANAPHOR,
  /** "both" before a {@link #PAIR} noun (the word "two" is read as written: it has no role). */
  BOTH,
  /**
   * A noun that, after "the two" or "both", stands for the two parties named just before: "the
   * two sides agreed", "both leaders pledged".
   */
  PAIR,
  /**
   * A modal of obligation: "must", "should". A report that another actor must act is the
   * speaker's demand on it ("Russia said Sudan must return the helicopter").
   */
  OBLIGE,
  /**
   * A word inside a title, between its noun and the genitive of the state it serves: Russian
   * "делах" of "поверенный в делах России" (chargé d'affaires). {@link CaseRoleFinder} reads the
   * state as depending on the title noun, over this word and the preposition before it.
   */
  TITLE,
  /**
   * A verb that names what its subject takes an act told before it to be: "in what Yerevan
   * called an escalation", "a move Baku described as hostile" ({@link Evaluations}).
   */
  EVALUATE,
  /**
   * A postposition, after the phrase it marks: Azerbaijani "ilə" (with), Armenian "հետ" (with),
   * "կողմից" (by). {@link CaseRoleFinder} reads it as a prepositional slot of that phrase where
   * the case is on a phrase's last word; unlike {@link #PREP} it says nothing of the word after
   * it, which is often the verb.
   */
  POSTP;

  long bit() {
    return 1L << ordinal();
  }
}
