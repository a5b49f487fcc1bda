package org.caspian.ingest.source;

import java.util.Locale;
import java.util.Set;

/** Normalises declared languages ("ru-RU", "hy_AM", "EN") to ISO 639-1 codes. */
public final class Languages {
  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

  private Languages() {}

  /** The ISO 639-1 code of a declared language, or empty when it names none ("US", "x-klingon"). */
  public static String code(String declared) {
    if (declared == null || declared.isBlank()) {
      return "";
    }
    String primary = declared.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    if (primary.equals("iw")) {
      return "he";
    }
    return primary.length() == 2 && ISO_639_1.contains(primary) ? primary : "";
  }
}
