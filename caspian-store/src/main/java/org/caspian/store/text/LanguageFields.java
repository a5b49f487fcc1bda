package org.caspian.store.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * The per-language search fields of an article: besides the title and text every article has
 * (Unicode words, case and diacritics folded), an article in one of {@link #LANGUAGES} has its
 * title and text indexed a second time, in {@code title_<lang>} and {@code text_<lang>}, by the
 * analyzer of its language, which adds each word's dictionary forms and other spellings. A query
 * is read against every field by that field's analyzer, so it finds inflected forms in each
 * language. The fields are not stored (the shared title and text are) and keep positions but no
 * offsets, which would only make indexing dearer: the highlighter marks a match found through
 * them in the stored title or text, as masked fields of those.
 */
public final class LanguageFields {
  /** The languages with their own fields (ISO 639-1, as the language stage writes them). */
  public static final List<String> LANGUAGES =
      List.of("en", "ru", "uk", "hy", "az", "tr", "fa", "ka");

  /** Indexed with positions (phrases work), not stored. */
  public static final FieldType TYPE = fieldType();

  private LanguageFields() {}

  private static FieldType fieldType() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    t.freeze();
    return t;
  }

  /** Whether {@code lang} has its own fields. */
  public static boolean covers(String lang) {
    return lang != null && LANGUAGES.contains(lang);
  }

  /** The title field of {@code lang}: {@code title_<lang>}. */
  public static String title(String lang) {
    return "title_" + lang;
  }

  /** The text field of {@code lang}: {@code text_<lang>}. */
  public static String text(String lang) {
    return "text_" + lang;
  }

  /** Every title field, in the order of {@link #LANGUAGES}. */
  public static List<String> titles() {
    List<String> out = new ArrayList<>();
    for (String l : LANGUAGES) {
      out.add(title(l));
    }
    return out;
  }

  /** Every text field, in the order of {@link #LANGUAGES}. */
  public static List<String> texts() {
    List<String> out = new ArrayList<>();
    for (String l : LANGUAGES) {
      out.add(text(l));
    }
    return out;
  }

  /**
   * A new analyzer for every per-language field (title and text of a language share one). Each
   * call loads its own dictionaries (the Russian one on first use); share the result.
   */
  public static Map<String, Analyzer> analyzers() {
    Map<String, Analyzer> byLanguage = LanguageAnalyzers.create();
    Map<String, Analyzer> out = new LinkedHashMap<>();
    for (String l : LANGUAGES) {
      out.put(title(l), byLanguage.get(l));
      out.put(text(l), byLanguage.get(l));
    }
    return out;
  }
}
