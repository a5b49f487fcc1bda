package org.caspian.analysis.lang;

import java.util.Locale;
import java.util.Set;

/**
 * Decides the language from decisive letters and function words, or says it cannot (returns
 * {@code null}). Never wrong on purpose: it only answers when the evidence is unambiguous.
 *
 * <ul>
 *   <li>Armenian or Georgian script for most letters: hy, ka. Arabic script: fa.
 *   <li>Cyrillic: і ї є ґ without ы э ъ ё is Ukrainian; ы э ъ ё without і ї є ґ is Russian.
 *   <li>Latin with ə/Ə: Azerbaijani (Turkish has no schwa).
 *   <li>Latin without ğ ş ı and at least {@value #EN_SHARE_PERCENT}% English function words: en.
 * </ul>
 */
final class ScriptGuesser {
  static final int EN_SHARE_PERCENT = 12;
  private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "a", "is",
      "that", "for", "on", "with", "was", "by", "as", "it", "at", "from", "has", "have", "said",
      "its", "be", "are", "were", "this", "which", "an", "not", "will", "had", "his", "her",
      "their", "after", "would");

  /** The language code, "und" for no letters, or null when Lingua must decide. */
  String guess(String sample) {
    Tally c = Tally.of(sample);
    if (c.letters == 0) {
      return "und";
    }
    if (c.armenian * 2 > c.letters) {
      return "hy";
    }
    if (c.georgian * 2 > c.letters) {
      return "ka";
    }
    if (c.arabic * 2 > c.letters) {
      return "fa";
    }
    if (c.cyrillic * 2 > c.letters) {
      return cyrillic(c);
    }
    if (c.latin * 2 > c.letters) {
      return latin(c, sample);
    }
    return null;
  }

  private static String cyrillic(Tally c) {
    if (c.ukOnly > 0 && c.ruOnly == 0) {
      return "uk";
    }
    return c.ruOnly > 0 && c.ukOnly == 0 ? "ru" : null;
  }

  private static String latin(Tally c, String sample) {
    if (c.schwa > 0) {
      return "az";
    }
    if (c.turkic == 0 && englishShare(sample) >= EN_SHARE_PERCENT) {
      return "en";
    }
    return null;
  }

  /** Letter counts by script and by the decisive letters. */
  private static final class Tally {
    int letters;
    int armenian;
    int georgian;
    int arabic;
    int cyrillic;
    int latin;
    int ukOnly;
    int ruOnly;
    int schwa;
    int turkic;

    static Tally of(String sample) {
      Tally c = new Tally();
      for (int i = 0; i < sample.length(); ) {
        int cp = sample.codePointAt(i);
        i += Character.charCount(cp);
        if (Character.isLetter(cp)) {
          c.add(cp);
        }
      }
      return c;
    }

    private void add(int cp) {
      letters++;
      Character.UnicodeScript s = Character.UnicodeScript.of(cp);
      if (s == Character.UnicodeScript.LATIN) {
        latin++;
        if (cp == 'ə' || cp == 'Ə') {
          schwa++;
        } else if (cp == 'ğ' || cp == 'ş' || cp == 'ı' || cp == 'Ğ' || cp == 'Ş' || cp == 'İ') {
          turkic++;
        }
      } else if (s == Character.UnicodeScript.CYRILLIC) {
        cyrillic++;
        if ("іїєґІЇЄҐ".indexOf(cp) >= 0) {
          ukOnly++;
        } else if ("ыэъёЫЭЪЁ".indexOf(cp) >= 0) {
          ruOnly++;
        }
      } else if (s == Character.UnicodeScript.ARMENIAN) {
        armenian++;
      } else if (s == Character.UnicodeScript.GEORGIAN) {
        georgian++;
      } else if (s == Character.UnicodeScript.ARABIC) {
        arabic++;
      }
    }
  }

  private static int englishShare(String sample) {
    int words = 0;
    int hits = 0;
    int i = 0;
    int n = sample.length();
    while (i < n) {
      while (i < n && !Character.isLetter(sample.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(sample.charAt(i))) {
        i++;
      }
      if (i > start) {
        words++;
        if (i - start <= 5 && ENGLISH.contains(sample.substring(start, i).toLowerCase(Locale.ROOT))) {
          hits++;
        }
      }
    }
    return words < 5 ? 0 : hits * 100 / words;
  }
}
