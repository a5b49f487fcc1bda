package org.caspian.analysis.morph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caspian.analysis.morph.Features.GrammaticalCase;
import org.caspian.analysis.morph.Features.GrammaticalNumber;
import org.caspian.analysis.morph.Features.GrammaticalPerson;
import org.caspian.analysis.morph.Features.Tense;
import org.caspian.analysis.morph.Features.VerbForm;

/**
 * The rows of {@code suffixes.tsv} for one language (see the header of that file): noun and
 * verb endings, bare words and irregular forms.
 *
 * @param rules endings in file order
 * @param bare words that are bare nominatives whatever they end with
 * @param forms irregular forms with their cases
 */
record SuffixTable(List<SuffixRule> rules, Set<String> bare,
    Map<String, List<GrammaticalCase>> forms) {
  static final String FILE = "suffixes.tsv";

  SuffixTable {
    rules = List.copyOf(rules);
    bare = Set.copyOf(bare);
    forms = Map.copyOf(forms);
  }

  /**
   * The bundled table of {@code lang}.
   *
   * @throws IllegalStateException naming the file and line of a bad row, or when the language
   *     has no row
   */
  static SuffixTable load(String lang) {
    List<SuffixRule> rules = new ArrayList<>();
    Set<String> bare = new HashSet<>();
    Map<String, List<GrammaticalCase>> forms = new HashMap<>();
    try (InputStream in = SuffixTable.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        String where = FILE + ":" + n;
        if (f.length < 4) {
          throw new IllegalStateException(where + ": expected 4 or 5 columns");
        }
        if (!f[0].equals(lang)) {
          continue;
        }
        switch (f[1]) {
          case "case":
          case "verb":
            rules.add(rule(f, where));
            break;
          case "bare":
            bare.addAll(List.of(f[2].split("\\|")));
            break;
          case "form":
            forms.put(f[2], parse(f[3], where).cases);
            break;
          default:
            throw new IllegalStateException(where + ": kind must be case, verb, bare or form: "
                + f[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(FILE + ": " + e.getMessage(), e);
    }
    if (rules.isEmpty()) {
      throw new IllegalStateException(FILE + ": no endings for language " + lang);
    }
    return new SuffixTable(rules, bare, forms);
  }

  private static SuffixRule rule(String[] f, String where) {
    boolean verb = f[1].equals("verb");
    if (verb && (f.length < 5 || f[4].isBlank())) {
      throw new IllegalStateException(where + ": a verb ending needs its verb class");
    }
    String ending = f[2];
    int plus = ending.indexOf('+');
    String prefix = plus < 0 ? "" : ending.substring(0, plus);
    String template = ending.substring(plus + 1);
    Parsed p = parse(f[3], where);
    if (!verb && p.cases.isEmpty()) {
      throw new IllegalStateException(where + ": a case ending needs a case");
    }
    VerbForm form = !verb ? null : p.infinitive ? VerbForm.INFINITIVE : VerbForm.FINITE;
    List<String> spellings = new ArrayList<>(VowelHarmony.spellings(template));
    spellings.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return new SuffixRule(prefix, template, spellings,
        verb ? PartOfSpeech.VERB : PartOfSpeech.NOUN, p.cases, p.number, p.tense, p.person, form,
        p.weak, verb ? f[4] : "");
  }

  /** The features column, parsed. */
  private static final class Parsed {
    final List<GrammaticalCase> cases = new ArrayList<>();
    GrammaticalNumber number;
    Tense tense;
    GrammaticalPerson person;
    boolean infinitive;
    boolean weak;
  }

  private static Parsed parse(String column, String where) {
    Parsed p = new Parsed();
    for (String feature : column.split(",")) {
      switch (feature.strip()) {
        case "pl": p.number = GrammaticalNumber.PLURAL; break;
        case "past": p.tense = Tense.PAST; break;
        case "present": p.tense = Tense.PRESENT; break;
        case "future": p.tense = Tense.FUTURE; break;
        case "inf": p.infinitive = true; break;
        case "1": p.person = GrammaticalPerson.FIRST; break;
        case "2": p.person = GrammaticalPerson.SECOND; break;
        case "3": p.person = GrammaticalPerson.THIRD; break;
        case "weak": p.weak = true; break;
        default:
          for (String c : feature.strip().split("\\+")) {
            p.cases.add(grammaticalCase(c, where));
          }
      }
    }
    return p;
  }

  private static GrammaticalCase grammaticalCase(String name, String where) {
    switch (name) {
      case "nom": return GrammaticalCase.NOMINATIVE;
      case "gen": return GrammaticalCase.GENITIVE;
      case "dat": return GrammaticalCase.DATIVE;
      case "acc": return GrammaticalCase.ACCUSATIVE;
      case "ins": return GrammaticalCase.INSTRUMENTAL;
      case "loc": return GrammaticalCase.LOCATIVE;
      case "abl": return GrammaticalCase.ABLATIVE;
      default:
        throw new IllegalStateException(where + ": unknown feature " + name);
    }
  }
}
