package org.caspian.query.framing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into the words a framing comparison counts: runs of letters (an inner hyphen or
 * apostrophe kept), lower-cased, at least three characters, not a function word from the bundled
 * English and Russian list. Immutable.
 */
public final class TermCounter {
  private final Set<String> stopwords;

  private TermCounter(Set<String> stopwords) {
    this.stopwords = Set.copyOf(stopwords);
  }

  /** With the bundled function-word list. */
  public static TermCounter standard() {
    Set<String> s = new HashSet<>();
    try (InputStream in = TermCounter.class.getResourceAsStream("stopwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("stopwords.txt is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          s.add(line.trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TermCounter(s);
  }

  /** The counted words of {@code text}, in order. */
  public List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetter(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      int start = i;
      while (i < n) {
        int c = text.codePointAt(i);
        if (Character.isLetter(c)) {
          i += Character.charCount(c);
        } else if ((c == '-' || c == '\'' || c == '\u2019') && i + 1 < n
            && Character.isLetter(text.codePointAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      if (i > start) {
        String w = text.substring(start, i).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.codePointCount(0, w.length()) >= 3 && !stopwords.contains(w)) {
          out.add(w);
        }
      }
    }
    return out;
  }
}
