package org.caspian.analysis.actors;

import java.util.ArrayList;
import java.util.List;
import org.caspian.analysis.lexicon.DataFiles;

/** Reads the bundled tab-separated data files of this package. */
final class Tsv {
  private Tsv() {}

  /**
   * The rows of resource {@code name} in this package, skipping blank lines and "#" comments.
   *
   * @throws IllegalStateException when the resource is missing or a row has fewer than
   *     {@code minColumns} fields
   */
  static List<DataFiles.Row> read(String name, int minColumns) {
    return DataFiles.readRows(Tsv.class, name, minColumns);
  }

  /** A surface form and its language. */
  record Spelling(String text, String lang) {}

  /**
   * Splits a "|"-separated list of forms. A form may start with a language prefix ("az:");
   * otherwise the language is {@code lang} when given, else guessed from the script.
   */
  static List<Spelling> forms(String field, String lang) {
    List<Spelling> out = new ArrayList<>();
    for (String raw : field.split("\\|")) {
      String f = raw.strip();
      if (f.isEmpty()) {
        continue;
      }
      if (f.length() > 3 && f.charAt(2) == ':' && isAsciiLower(f.charAt(0))
          && isAsciiLower(f.charAt(1))) {
        out.add(new Spelling(f.substring(3).strip(), f.substring(0, 2)));
      } else {
        out.add(new Spelling(f, lang != null ? lang : scriptLanguage(f)));
      }
    }
    return out;
  }

  private static boolean isAsciiLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** ru for Cyrillic, hy for Armenian, ka for Georgian, en otherwise. */
  static String scriptLanguage(String s) {
    for (int i = 0; i < s.length(); i++) {
      Character.UnicodeScript sc = Character.UnicodeScript.of(s.charAt(i));
      if (sc == Character.UnicodeScript.CYRILLIC) {
        return "ru";
      }
      if (sc == Character.UnicodeScript.ARMENIAN) {
        return "hy";
      }
      if (sc == Character.UnicodeScript.GEORGIAN) {
        return "ka";
      }
    }
    return "en";
  }
}
