package org.caspian.analysis.events;

import org.caspian.analysis.lexicon.WordTable;
import org.caspian.analysis.lexicon.Inflector;
import org.caspian.analysis.lexicon.Form;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.caspian.model.CameoTaxonomy;

/**
 * The verb and noun patterns of one language, indexed by the id of their first word.
 *
 * <p>File format ({@code verbs_xx.tsv}), one pattern a line, tab-separated: pattern, part of
 * speech ({@code v} or {@code n}), CAMEO code, flags. In the pattern, words are separated by
 * spaces, alternatives by {@code |}, and {@code ~} allows a gap of a few tokens before the next
 * word. The first word of a {@code v} pattern is a lemma and matches all its inflected forms; of
 * an {@code n} pattern, singular and plural. Flags, comma-separated: {@code sym} (mutual act),
 * {@code speech} (speech verb), {@code neg} (denies its complement), {@code direct} (only a
 * direct object is a target), {@code site} (an actor after "at" can be the target: raids and
 * searches at premises), {@code family=NAME} (takes an embedded act, coded through {@code
 * embedded_codes.tsv}), {@code nominal=CODE} (the code when nothing is embedded and the verb
 * takes a noun phrase, "on" or a that-clause rather than an infinitive: "agreed on a mission",
 * "agreed that the border would open"), {@code peer} (converted from a peer dictionary: see
 * {@code TriggerFinder}), {@code tgt=SLOTS} and {@code src=SLOTS} (case and preposition of the
 * target and source in a language whose roles follow case: see {@link Government}). A first word written {@code =word} matches only that spelling ("=stated":
 * "state" and "note" are mostly nouns). Immutable once loaded.
 */
final class PatternLexicon {
  private static final Set<String> FLAGS =
      Set.of("sym", "speech", "neg", "direct", "site", "peer");
  private static final Pattern[] NONE = new Pattern[0];

  private final Pattern[][] byFirst;
  private final int size;

  private PatternLexicon(Pattern[][] byFirst, int size) {
    this.byFirst = byFirst;
    this.size = size;
  }

  /** Number of patterns. */
  int size() {
    return size;
  }

  /** Patterns whose first element accepts word {@code id}; best-scoring first. */
  Pattern[] startingWith(int id) {
    return id >= 0 && id < byFirst.length ? byFirst[id] : NONE;
  }

  /**
   * Compiles {@code rows} (pattern, pos, code[, flags]) of file {@code name}; errors name the
   * file and the pattern.
   */
  static PatternLexicon of(List<String[]> rows, WordTable words, Inflector inflector,
      CameoTaxonomy taxonomy, String name) {
    List<Pattern> patterns = new ArrayList<>();
    int n = 0;
    for (String[] f : rows) {
      n++;
      if (f.length < 3) {
        throw new IllegalArgumentException(name + ": " + f[0] + ": expected 3 or 4 columns");
      }
      String code = f[2];
      if (taxonomy.get(code).isEmpty()) {
        throw new IllegalArgumentException(name + ": " + f[0] + ": unknown CAMEO code " + code);
      }
      Pattern compiled = compile(f[0], f[1], code, f.length > 3 ? f[3] : "", words, inflector,
          name, n);
      if (!compiled.nominal().isEmpty() && taxonomy.get(compiled.nominal()).isEmpty()) {
        throw new IllegalArgumentException(name + ": " + f[0] + ": unknown CAMEO code "
            + compiled.nominal());
      }
      patterns.add(compiled);
    }
    return new PatternLexicon(index(patterns), patterns.size());
  }

  /** The patterns by the id of each word their first element accepts, best-scoring first. */
  private static Pattern[][] index(List<Pattern> patterns) {
    List<List<Pattern>> index = new ArrayList<>();
    for (Pattern p : patterns) {
      for (int id : p.headIds()) {
        while (index.size() <= id) {
          index.add(null);
        }
        if (index.get(id) == null) {
          index.set(id, new ArrayList<>());
        }
        index.get(id).add(p);
      }
    }
    Pattern[][] byFirst = new Pattern[index.size()][];
    for (int i = 0; i < byFirst.length; i++) {
      List<Pattern> l = index.get(i);
      if (l == null) {
        byFirst[i] = NONE;
      } else {
        l.sort((a, b) -> Integer.compare(b.score(), a.score()));
        byFirst[i] = l.toArray(NONE);
      }
    }
    return byFirst;
  }

  private static Pattern compile(String text, String pos, String code, String flagText,
      WordTable words, Inflector inflector, String name, int line) {
    boolean noun = isNoun(pos, name, text);
    List<int[]> elements = new ArrayList<>();
    List<Boolean> gaps = new ArrayList<>();
    Map<Integer, Integer> head = new TreeMap<>();
    boolean gap = false;
    for (String part : text.split(" +")) {
      if (part.equals("~")) {
        if (elements.isEmpty() || gap) {
          throw new IllegalArgumentException(name + ": " + text + ": misplaced ~");
        }
        gap = true;
        continue;
      }
      elements.add(element(part, elements.isEmpty(), noun, words, inflector, head));
      gaps.add(gap);
      gap = false;
    }
    if (elements.isEmpty() || gap) {
      throw new IllegalArgumentException(name + ": " + text + ": empty or trailing ~");
    }
    Flags fl = Flags.parse(flagText, name, text);
    boolean[] gapBefore = new boolean[gaps.size()];
    for (int i = 0; i < gapBefore.length; i++) {
      gapBefore[i] = gaps.get(i);
    }
    int[] headIds = head.keySet().stream().mapToInt(Integer::intValue).toArray();
    int[] headForms = head.values().stream().mapToInt(Integer::intValue).toArray();
    return new Pattern(text, line, code, noun, elements.toArray(new int[0][]), gapBefore,
        headIds, headForms, fl.sym, fl.speech, fl.neg, fl.family, fl.direct,
        fl.site, fl.nominal, fl.peer, fl.government);
  }

  private static boolean isNoun(String pos, String name, String text) {
    if (pos.equals("v")) {
      return false;
    } else if (pos.equals("n")) {
      return true;
    }
    throw new IllegalArgumentException(name + ": " + text + ": pos must be v or n");
  }

  /**
   * The sorted word ids one element ({@code part}, alternatives split by "|") accepts; the first
   * element's words are expanded to their inflected forms, which are recorded in {@code head}.
   */
  private static int[] element(String part, boolean first, boolean noun, WordTable words,
      Inflector inflector, Map<Integer, Integer> head) {
    List<Integer> ids = new ArrayList<>();
    for (String alt : part.split("\\|")) {
      if (first) {
        Map<String, Integer> forms = alt.startsWith("=") ? Map.of(alt.substring(1),
            literalForm(alt.substring(1), noun))
            : inflector.forms(alt, noun ? Inflector.WordClass.NOUN : Inflector.WordClass.VERB);
        forms.forEach((w, form) -> {
          int id = words.add(w);
          head.merge(id, form, (a, b) -> a | b);
          ids.add(id);
        });
      } else {
        ids.add(words.add(alt));
      }
    }
    return ids.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
  }

  /** The flags column of one pattern. */
  private record Flags(boolean sym, boolean speech, boolean neg, boolean direct, boolean site,
      String family, String nominal, boolean peer, Government government) {

    /** Parses comma-separated {@code flagText}; an unknown flag names file and pattern. */
    static Flags parse(String flagText, String name, String text) {
      boolean sym = false;
      boolean speech = false;
      boolean neg = false;
      boolean direct = false;
      boolean site = false;
      boolean peer = false;
      String family = "";
      String nominal = "";
      List<Government.Slot> targets = List.of();
      List<Government.Slot> sources = List.of();
      for (String fl : flagText.split(",")) {
        String flag = fl.strip();
        if (flag.isEmpty()) {
          continue;
        }
        if (flag.startsWith("family=")) {
          family = flag.substring(7);
        } else if (flag.startsWith("nominal=")) {
          nominal = flag.substring(8);
        } else if (flag.startsWith("tgt=")) {
          targets = Government.slots(flag.substring(4), name + ": " + text);
        } else if (flag.startsWith("src=")) {
          sources = Government.slots(flag.substring(4), name + ": " + text);
        } else if (!FLAGS.contains(flag)) {
          throw new IllegalArgumentException(name + ": " + text + ": unknown flag " + flag);
        }
        sym |= flag.equals("sym");
        speech |= flag.equals("speech");
        neg |= flag.equals("neg");
        direct |= flag.equals("direct");
        site |= flag.equals("site");
        peer |= flag.equals("peer");
      }
      Government gov = targets.isEmpty() && sources.isEmpty() ? Government.NONE
          : new Government(targets, sources);
      return new Flags(sym, speech, neg, direct, site, family, nominal, peer, gov);
    }
  }

  /** Form of a head written out as "=word": guessed from its ending. */
  private static int literalForm(String w, boolean noun) {
    if (noun) {
      return Form.NOUN;
    }
    if (w.endsWith("ed")) {
      return Form.PAST | Form.PP;
    }
    return w.endsWith("ing") ? Form.ING : w.endsWith("s") ? Form.S : Form.BASE;
  }

  @Override
  public String toString() {
    return "PatternLexicon[" + size + " patterns, " + Arrays.stream(byFirst)
        .filter(a -> a.length > 0).count() + " first words]";
  }
}
