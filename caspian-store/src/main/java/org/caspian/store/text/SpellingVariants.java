package org.caspian.store.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Other spellings of a word by a table of letter replacements ({@code spellings_az.tsv}): each
 * letter of the table may stay or take any of its spellings, so "əliyev" is also "eliyev" and
 * "şuşa" also "shusha", "shuşa", "şusha". At most {@value #MAX} spellings a word. Immutable and
 * thread-safe.
 */
public final class SpellingVariants {
  /** Most spellings returned for one word (a long name with many letters of the table). */
  static final int MAX = 32;

  private final Map<Character, List<String>> table;

  SpellingVariants(Map<Character, List<String>> table) {
    this.table = Map.copyOf(table);
  }

  /** The Azerbaijani table bundled with the store. */
  public static SpellingVariants azerbaijani() {
    return load("spellings_az.tsv");
  }

  static SpellingVariants load(String resource) {
    Map<Character, List<String>> table = new HashMap<>();
    InputStream in = SpellingVariants.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " missing from the classpath next to "
          + SpellingVariants.class.getName());
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 2 || cols[0].length() != 1 || cols[1].isBlank()) {
          throw new IllegalStateException(resource + " line " + n
              + ": expected a letter, a tab and its spellings: " + line);
        }
        table.put(cols[0].charAt(0), List.of(cols[1].split("\\|")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
    }
    return new SpellingVariants(table);
  }

  /** Every spelling of {@code word}, the word itself first. */
  public List<String> of(String word) {
    Set<String> out = new LinkedHashSet<>();
    out.add("");
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      List<String> other = table.get(c);
      Set<String> next = new LinkedHashSet<>();
      for (String prefix : out) {
        next.add(prefix + c);
      }
      if (other != null) {
        for (String prefix : out) {
          for (String o : other) {
            if (next.size() < MAX) {
              next.add(prefix + o);
            }
          }
        }
      }
      out = next;
    }
    return new ArrayList<>(out);
  }
}
