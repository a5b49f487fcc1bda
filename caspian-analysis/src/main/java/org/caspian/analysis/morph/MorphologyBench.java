package org.caspian.analysis.morph;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import morfologik.stemming.DictionaryLookup;

/**
 * Benchmark of Russian word lookups on one thread, reported against a baseline measured in the
 * same run: a {@link HashMap} from the same lower-cased words to their readings (the cheapest
 * lookup there could be). Measures a bare morfologik lookup (what {@code analyze} adds to it:
 * building our records), {@link RussianMorphology#analyze} (one morfologik lookup per
 * thread, as shipped), the same with a new lookup per call (the alternative for thread-safety),
 * {@link RussianMorphology#paradigm}, and {@link UkrainianMorphology#analyze} over a short list
 * of Ukrainian words.
 *
 * <p>Run after {@code mvn -B -o -q package -DskipTests}:
 * {@code java -cp caspian-cli/target/caspian.jar org.caspian.analysis.morph.MorphologyBench
 * [seconds per measurement, default 2]}. Prints words/s of each, the median of five interleaved
 * rounds, and the ratios. Not a test: speed is never asserted.
 */
public final class MorphologyBench {
  private static final List<String> LEMMAS = List.of("задержать", "выслать", "встретиться",
      "заявить", "осудить", "обвинить", "вызвать", "подписать", "посетить", "позвонить",
      "задержание", "санкция", "посол", "министр", "переговоры", "визит", "соглашение", "мир",
      "россия", "азербайджан", "армения", "москва", "пашинян", "алиев", "лавров", "президент",
      "война", "граница", "журналист", "дипломат", "правительство", "заявление", "встреча");
  private static final List<String> UKRAINIAN = List.of("Зеленському", "затримали", "Росію",
      "світ", "Києві", "санкції", "посла", "переговорів", "заявив", "міністр", "уряду",
      "Україна", "війни", "зустрілися", "висловив", "Вашингтоні", "делегація", "угоду", "ґрунт",
      "обстріл");
  private static final int RUNS = 5;

  private MorphologyBench() {}

  /** Runs the benchmark; {@code args[0]}: seconds per measurement. */
  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2.0;
    new MorphologyBench().run(seconds, System.out);
  }

  private void run(double seconds, PrintStream out) {
    RussianMorphology ru = RussianMorphology.load();
    List<String> words = words(ru);
    Map<String, List<Analysis>> table = new HashMap<>();
    for (String w : words) {
      table.put(w.toLowerCase(Locale.ROOT), ru.analyze(w));
    }
    out.printf(Locale.ROOT, "%d words (forms of %d lemmas, a third capitalised), %d rounds of"
        + " %.1f s per measurement, interleaved, one thread%n", words.size(), LEMMAS.size(),
        RUNS, seconds);
    List<String> lemmas = new ArrayList<>(LEMMAS);
    DictionaryLookup raw = ru.newLookup();
    UkrainianMorphology uk = UkrainianMorphology.load();
    List<Measure> measures = List.of(
        new Measure("HashMap baseline", words, w -> table.get(w.toLowerCase(Locale.ROOT)).size()),
        new Measure("morfologik lookup alone", words,
            w -> raw.lookup(w.toLowerCase(Locale.ROOT)).size()),
        new Measure("analyze (lookup per thread)", words, w -> ru.analyze(w).size()),
        new Measure("analyze (new lookup per call)", words,
            w -> ru.lookup(ru.newLookup(), w.toLowerCase(Locale.ROOT)).size()),
        new Measure("paradigm (calls)", lemmas, w -> ru.paradigm(w).size()),
        new Measure("Ukrainian analyze", UKRAINIAN, w -> uk.analyze(w).size()));
    double[][] rates = new double[measures.size()][RUNS];
    for (Measure m : measures) {
      rate(m, 0.2);
    }
    // interleaved, so that load from other processes falls on every measurement alike
    for (int r = 0; r < RUNS; r++) {
      for (int i = 0; i < measures.size(); i++) {
        rates[i][r] = rate(measures.get(i), seconds);
      }
    }
    double[] median = new double[measures.size()];
    for (int i = 0; i < measures.size(); i++) {
      Arrays.sort(rates[i]);
      median[i] = rates[i][RUNS / 2];
      out.printf(Locale.ROOT, "%-32s %,12.0f /s  (runs %,.0f .. %,.0f)%n", measures.get(i).name,
          median[i], rates[i][0], rates[i][RUNS - 1]);
    }
    out.printf(Locale.ROOT, "analyze per thread / HashMap: %.3f; analyze / morfologik alone:"
        + " %.3f; per call / per thread: %.3f; paradigm / HashMap: %.4f; Ukrainian / HashMap:"
        + " %.3f%n", median[2] / median[0], median[2] / median[1], median[3] / median[2],
        median[4] / median[0], median[5] / median[0]);
  }

  /** One operation over a word list. */
  private record Measure(String name, List<String> words, Function<String, Integer> op) {}

  private static List<String> words(RussianMorphology ru) {
    List<String> out = new ArrayList<>();
    Random random = new Random(2026);
    for (String lemma : LEMMAS) {
      for (Analysis a : ru.paradigm(lemma)) {
        String w = a.form();
        out.add(random.nextInt(3) == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
      }
    }
    out.addAll(List.of("Bakı", "НАТО", "щщщ", "Карабахе", "Ереване"));
    Collections.shuffle(out, random);
    return out;
  }

  /** Words (calls) per second of one run of {@code m} lasting at least {@code seconds}. */
  private static double rate(Measure m, double seconds) {
    long sink = 0;
    long budget = (long) (seconds * 1e9);
    long calls = 0;
    long t0 = System.nanoTime();
    long elapsed;
    do {
      for (String w : m.words) {
        sink += m.op.apply(w);
      }
      calls += m.words.size();
      elapsed = System.nanoTime() - t0;
    } while (elapsed < budget);
    if (sink == 42) {
      System.out.print("");
    }
    return calls / (elapsed / 1e9);
  }
}
