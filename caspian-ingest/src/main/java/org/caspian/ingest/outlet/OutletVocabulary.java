package org.caspian.ingest.outlet;

import java.util.List;

/** The values the registry's {@code side} and {@code type} columns may take. */
public final class OutletVocabulary {
  /**
   * Ownership and affiliation: owned or controlled by its state; funded by a state (its own or a
   * foreign one) under a statute of editorial independence; a public-service broadcaster; privately
   * owned; independent (non-profit, journalist- or reader-owned); working from exile.
   */
  public static final List<String> SIDES =
      List.of("state", "state-funded", "public", "private", "independent", "exile");
  /** Kind of outlet. */
  public static final List<String> TYPES = List.of("wire", "state-broadcaster", "broadcaster",
      "newspaper", "online", "magazine", "think-tank", "telegram");

  private OutletVocabulary() {}
}
