package org.caspian.analysis.events;

import org.caspian.analysis.lexicon.WordTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.caspian.analysis.lexicon.DataFiles;
import org.caspian.analysis.lexicon.Inflector;
import org.caspian.analysis.lexicon.Inflectors;
import org.caspian.analysis.morph.Morphology;
import org.caspian.model.ActorMention;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.CameoTaxonomy;
import org.caspian.model.Event;
import org.caspian.model.Span;
import org.caspian.analysis.tone.ToneStage;
import org.caspian.model.Tokens;

/**
 * A dictionary-and-rules event coder driven by the data files of one language (see the package
 * documentation): pattern matches decide the code, word order (or, given a morphology, case and
 * preposition) decides source and target, function words decide modality, date words decide the date.
 *
 * <p>Dates: a date written near the trigger wins; without one, an asserted event gets the
 * publication date (and lower confidence), other events none.
 *
 * <p>Immutable and thread-safe: all tables are built in the factory; each call works on its own
 * arrays.
 */
public final class RuleEventCoder implements EventCoder {
  private final WordTable words;
  private final FunctionWords grammar;
  private final TriggerFinder finder;
  private final EventDateResolver dates;
  private final CodingRules rules;
  private final CameoTaxonomy taxonomy;
  private final int patterns;
  /** Morphology for roles by case, or null where word order gives the roles. */
  private final Morphology morphology;
  /** Tone lexicon for verdicts on acts ({@link Evaluations}), English only; else null. */
  private final ToneStage tone;

  private RuleEventCoder(String lang, WordTable words, FunctionWords grammar,
      PatternLexicon lexicon, DateLexicon dateLexicon, CodingRules rules, CameoTaxonomy taxonomy,
      Morphology morphology) {
    this.words = words;
    this.morphology = morphology;
    this.grammar = grammar;
    this.finder = new TriggerFinder(lexicon);
    this.dates = new EventDateResolver(words, dateLexicon, grammar);
    this.rules = rules;
    this.taxonomy = taxonomy;
    this.patterns = lexicon.size();
    this.tone = morphology == null && "en".equals(lang) ? ToneStage.create() : null;
  }

  /** The English coder with the bundled data files. */
  public static RuleEventCoder english(CameoTaxonomy taxonomy) {
    return forLanguage("en", taxonomy, Inflectors.bundled(), null);
  }

  /**
   * The coder of language {@code lang} (ISO 639-1) from the data files of this package: {@code
   * grammar_LANG.tsv}, {@code verbs_LANG.tsv}, {@code dates_LANG.tsv}, and where present {@code
   * verbs_petrarch_LANG.tsv} (generated patterns, which the hand-made ones override) with {@code
   * verbs_petrarch_exclude.tsv}; word forms come from the language's {@link
   * org.caspian.analysis.lexicon.Inflector}, the same one the actor dictionary uses. With a
   * {@code morphology}, source and target follow case and preposition ({@link CaseRoleFinder},
   * the patterns' {@code tgt=}/{@code src=} flags) instead of word order.
   *
   * @param morphology the language's morphology for roles by case, or null for roles by word
   *     order
   * @throws IllegalStateException naming the file when a required data file is missing or bad
   */
  public static RuleEventCoder forLanguage(String lang, CameoTaxonomy taxonomy,
      Inflectors inflectors, Morphology morphology) {
    Objects.requireNonNull(taxonomy, "taxonomy");
    WordTable words = new WordTable();
    String grammarFile = "grammar_" + lang + ".tsv";
    List<String[]> grammarRows = rows(grammarFile, 2);
    FunctionWords grammar = FunctionWords.of(grammarRows, words, grammarFile);
    Inflector inflector = inflectors.forLanguage(lang);
    String verbs = "verbs_" + lang + ".tsv";
    String generated = "verbs_petrarch_" + lang + ".tsv";
    List<String[]> patterns = rows(verbs, 3);
    String patternFiles = verbs;
    if (RuleEventCoder.class.getResource(generated) != null) {
      patterns = LexiconMerge.patterns(patterns, rows(generated, 3), excluded(grammarRows));
      patternFiles = verbs + " + " + generated;
    }
    PatternLexicon lexicon = PatternLexicon.of(patterns, words, inflector, taxonomy,
        patternFiles);
    String datesFile = "dates_" + lang + ".tsv";
    DateLexicon dateLexicon = DateLexicon.of(rows(datesFile, 3), words, datesFile);
    grammar = grammar.with(WordRole.DATE, dateLexicon.nameIds());
    CodingRules rules = CodingRules.of(rows("domestic_codes.tsv", 1),
        rows("embedded_codes.tsv", 3), taxonomy);
    return new RuleEventCoder(lang, words, grammar, lexicon, dateLexicon, rules, taxonomy,
        morphology);
  }

  /**
   * Verbs no generated pattern may start with: the hand-made exclusion list, and every word the
   * grammar file gives a role (modality cues such as "plan", "expect", "try", "fail" must stay
   * cues, not become acts).
   */
  private static List<String[]> excluded(List<String[]> grammarRows) {
    List<String[]> out = new ArrayList<>(rows("verbs_petrarch_exclude.tsv", 2));
    out.addAll(grammarRows);
    return out;
  }

  private static List<String[]> rows(String name, int minColumns) {
    return DataFiles.readTsv(RuleEventCoder.class, name, minColumns);
  }

  /** Number of patterns in the lexicon. */
  public int patternCount() {
    return patterns;
  }

  /** The date resolver over this coder's date words (package use: tests). */
  EventDateResolver dateResolver() {
    return dates;
  }

  @Override
  public List<Event> code(AnalyzedArticle article) {
    String text = article.text();
    Tokens tokens = article.tokens();
    int n = tokens.size();
    List<ActorMention> mentions = article.actors();
    if (n == 0 || mentions.isEmpty() || article.sentences().isEmpty()) {
      return List.of();
    }
    int[] wid = new int[n];
    long[] roles = new long[n];
    for (int i = 0; i < n; i++) {
      int s = tokens.start(i);
      int e = tokens.end(i);
      if (s < 0 || e > text.length()) {
        return List.of(); // tokens from another text
      }
      wid[i] = words.find(text, s, e);
      roles[i] = grammar.roles(wid[i]);
    }
    int[] groupAt = new int[n];
    List<ActorGroup> groups = ActorGroups.build(mentions, text, tokens, roles, groupAt);
    EventView view = new EventView(text, tokens, wid, roles, groupAt, groups);
    SentenceCoder coder = new SentenceCoder(view, taxonomy, rules, finder, dates,
        article.article().published(),
        morphology == null ? null : new CaseRoleFinder(view, morphology), tone);
    for (Span sentence : article.sentences()) {
      if (sentence.end() > text.length()) {
        continue;
      }
      int s = tokens.firstAtOrAfter(sentence.start());
      int e = tokens.firstAtOrAfter(sentence.end());
      abbreviationDots(text, tokens, roles, s, e);
      coder.code(sentence, s, e, countActors(groupAt, groups, s, e));
    }
    return List.copyOf(coder.events());
  }

  /**
   * A full stop inside a sentence, right after a word, ends an abbreviation ("A U.S. air strike
   * killed ..."), not a clause: the sentence splitter already decided where sentences end.
   */
  private static void abbreviationDots(String text, Tokens tokens, long[] roles, int s, int e) {
    for (int k = Math.max(s, 1); k < e - 1; k++) {
      if (tokens.end(k) - tokens.start(k) == 1 && text.charAt(tokens.start(k)) == '.'
          && tokens.end(k - 1) == tokens.start(k)) {
        roles[k] &= ~WordRole.STOP.bit();
      }
    }
  }

  /**
   * Codes of the patterns that fire in {@code article}, actors or not (speech verbs left out):
   * measures the lexicon's coverage apart from the role rules. For evaluation.
   */
  List<String> triggerCodes(AnalyzedArticle article) {
    String text = article.text();
    Tokens tokens = article.tokens();
    int n = tokens.size();
    int[] wid = new int[n];
    long[] roles = new long[n];
    for (int i = 0; i < n; i++) {
      wid[i] = words.find(text, tokens.start(i), tokens.end(i));
      roles[i] = grammar.roles(wid[i]);
    }
    int[] groupAt = new int[n];
    java.util.Arrays.fill(groupAt, -1);
    EventView view = new EventView(text, tokens, wid, roles, groupAt, List.of());
    Trigger[] at = new Trigger[n];
    List<String> codes = new java.util.ArrayList<>();
    for (Span sentence : article.sentences()) {
      int s = tokens.firstAtOrAfter(sentence.start());
      int e = tokens.firstAtOrAfter(sentence.end());
      for (Trigger t : finder.find(view, s, e, at)) {
        if (!t.speech() && t.standalone) {
          codes.add(t.pattern.code());
        }
      }
    }
    return codes;
  }

  private static int countActors(int[] groupAt, List<ActorGroup> groups, int s, int e) {
    int count = 0;
    int last = -1;
    for (int i = s; i < e; i++) {
      int g = groupAt[i];
      if (g >= 0 && g != last) {
        last = g;
        if (groups.get(g).actor()) {
          count++;
        }
      }
    }
    return count;
  }
}
