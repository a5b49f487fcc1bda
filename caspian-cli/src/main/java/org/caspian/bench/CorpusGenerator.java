package org.caspian.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.caspian.analysis.lexicon.DataFiles;
import org.caspian.model.Article;

/**
 * Generates news-like English articles from sentence templates and slot fillers (bundled data
 * files), deterministically for a given seed. Each article has 12–30 sentences in 3–6 paragraphs.
 */
public final class CorpusGenerator {
  private final List<String> templates;
  private final Map<String, List<String>> fillers;

  private CorpusGenerator(List<String> templates, Map<String, List<String>> fillers) {
    this.templates = List.copyOf(templates);
    this.fillers = Map.copyOf(fillers);
  }

  /** A generator over the bundled templates. */
  public static CorpusGenerator create() {
    List<String> templates = new ArrayList<>();
    for (String[] row : DataFiles.readTsv(CorpusGenerator.class, "templates.txt", 1)) {
      templates.add(row[0]);
    }
    Map<String, List<String>> fillers = new HashMap<>();
    for (String[] row : DataFiles.readTsv(CorpusGenerator.class, "fillers.txt", 2)) {
      fillers.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
    }
    return new CorpusGenerator(templates, fillers);
  }

  /** {@code count} articles generated from {@code seed}. */
  public List<Article> generate(int count, long seed) {
    Random rnd = new Random(seed);
    List<Article> out = new ArrayList<>(count);
    LocalDate base = LocalDate.of(2025, 1, 1);
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder();
      int sentences = 12 + rnd.nextInt(19);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          text.append(s % 5 == 0 ? "\n\n" : " ");
        }
        text.append(fill(templates.get(rnd.nextInt(templates.size())), rnd));
      }
      out.add(new Article("bench-" + i, "Generated article " + i, "Caspian Bench", "",
          base.plusDays(rnd.nextInt(365)), text.toString()));
    }
    return out;
  }

  private String fill(String template, Random rnd) {
    StringBuilder sb = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        sb.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      sb.append(template, i, open);
      List<String> values = fillers.get(template.substring(open + 1, close));
      String v = values.get(rnd.nextInt(values.size()));
      sb.append(open == 0 ? Character.toUpperCase(v.charAt(0)) + v.substring(1) : v);
      i = close + 1;
    }
    return sb.toString();
  }
}
