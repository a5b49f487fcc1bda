package org.caspian.query.export;

import java.util.Locale;

/** The export formats, by their command-line names. */
public enum ExportFormat {
  CSV,
  JSONL,
  GDELT,
  PARQUET,
  GEXF;

  /**
   * The format named {@code s} (any case).
   *
   * @throws IllegalArgumentException listing the names when {@code s} is none of them
   */
  public static ExportFormat parse(String s) {
    if (s != null) {
      for (ExportFormat f : values()) {
        if (f.name().equalsIgnoreCase(s.trim())) {
          return f;
        }
      }
    }
    throw new IllegalArgumentException("--format must be csv, jsonl, gdelt, parquet or gexf, not: "
        + s);
  }

  /** True for the formats that can only go to a file (Parquet is written with random access). */
  public boolean needsFile() {
    return this == PARQUET;
  }

  /** Lower-case name ("gdelt"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
