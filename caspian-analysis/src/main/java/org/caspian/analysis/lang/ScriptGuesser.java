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
    int letters = 0;
    int armenian = 0;
    int georgian = 0;
    int arabic = 0;
    int cyrillic = 0;
    int latin = 0;
    int ukOnly = 0;
    int ruOnly = 0;
    int schwa = 0;
    int turkic = 0;
    for (int i = 0; i < sample.length(); ) {
      int cp = sample.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
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
    if (letters == 0) {
      return "und";
    }
    if (armenian * 2 > letters) {
      return "hy";
    }
    if (georgian * 2 > letters) {
      return "ka";
    }
    if (arabic * 2 > letters) {
      return "fa";
    }
    if (cyrillic * 2 > letters) {
      if (ukOnly > 0 && ruOnly == 0) {
        return "uk";
      }
      return ruOnly > 0 && ukOnly == 0 ? "ru" : null;
    }
    if (latin * 2 > letters) {
      if (schwa > 0) {
        return "az";
      }
      if (turkic == 0 && englishShare(sample) >= EN_SHARE_PERCENT) {
        return "en";
      }
    }
    return null;
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
