package org.caspian.analysis.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the bundled tab-separated data files of this package. */
final class Tsv {
  private Tsv() {}

  /** One data line: its fields and where it came from, for error messages. */
  record Row(String[] fields, String where) {
    String get(int i) {
      return i < fields.length ? fields[i].strip() : "";
    }
  }

  /**
   * The rows of resource {@code name}, skipping blank lines and "#" comments.
   *
   * @throws IllegalStateException when the resource is missing or a row has fewer than
   *     {@code minColumns} fields
   */
  static List<Row> read(String name, int minColumns) {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = Tsv.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < minColumns) {
          throw new IllegalStateException(name + ":" + lineNo + ": expected " + minColumns
              + " tab-separated columns, found " + f.length);
        }
        rows.add(new Row(f, name + ":" + lineNo));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** A surface form and its language. */
  record Form(String text, String lang) {}

  /**
   * Splits a "|"-separated list of forms. A form may start with a language prefix ("az:");
   * otherwise the language is {@code lang} when given, else guessed from the script.
   */
  static List<Form> forms(String field, String lang) {
    List<Form> out = new ArrayList<>();
    for (String raw : field.split("\\|")) {
      String f = raw.strip();
      if (f.isEmpty()) {
        continue;
      }
      if (f.length() > 3 && f.charAt(2) == ':' && isAsciiLower(f.charAt(0))
          && isAsciiLower(f.charAt(1))) {
        out.add(new Form(f.substring(3).strip(), f.substring(0, 2)));
      } else {
        out.add(new Form(f, lang != null ? lang : scriptLanguage(f)));
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
