package org.caspian.ingest.outlet;

import java.text.Normalizer;
import java.util.Locale;

/** The key names are compared by: NFKC, lower case, letters and digits only ("Report.az" = "reportaz"). */
final class OutletNames {
  private OutletNames() {}

  static String key(String name) {
    if (name == null || name.isEmpty()) {
      return "";
    }
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        b.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    String k = b.toString();
    return k.startsWith("www") && k.length() > 6 && name.toLowerCase(Locale.ROOT).startsWith("www.")
        ? k.substring(3) : k;
  }
}
