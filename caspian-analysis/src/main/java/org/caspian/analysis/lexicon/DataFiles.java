package org.caspian.analysis.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated data files bundled as class-path resources. Lines starting with
 * {@code #} are comments (every file explains its columns in one) and blank lines are skipped.
 */
public final class DataFiles {
  private DataFiles() {}

  /**
   * One data line.
   *
   * @param fields the line split on tabs, each field stripped
   * @param where {@code name:line}, for error messages
   */
  public record Row(String[] fields, String where) {
    /** Field {@code i}, or "" when the line is shorter. */
    public String get(int i) {
      return i < fields.length ? fields[i] : "";
    }
  }

  /**
   * The rows of a resource next to {@code anchor}, each split on tabs and stripped.
   *
   * @param anchor a class in the package that holds the resource
   * @param name file name relative to that package
   * @param minColumns rows with fewer columns are rejected
   * @throws IllegalStateException naming the file and line when the file is missing or a row is
   *     short
   */
  public static List<String[]> readTsv(Class<?> anchor, String name, int minColumns) {
    List<String[]> out = new ArrayList<>();
    for (Row r : readRows(anchor, name, minColumns)) {
      out.add(r.fields());
    }
    return out;
  }

  /** Like {@link #readTsv}, keeping each row's file and line number for later error messages. */
  public static List<Row> readRows(Class<?> anchor, String name, int minColumns) {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the classpath next to "
            + anchor.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < minColumns) {
          throw new IllegalStateException(name + " line " + n + ": expected " + minColumns
              + " tab-separated columns, found " + f.length);
        }
        for (int i = 0; i < f.length; i++) {
          f[i] = f[i].strip();
        }
        rows.add(new Row(f, name + ":" + n));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
