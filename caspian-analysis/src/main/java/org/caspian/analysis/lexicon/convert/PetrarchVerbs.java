package org.caspian.analysis.lexicon.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.caspian.model.CameoTaxonomy;

/**
 * Converts the PETRARCH-2 CAMEO verb dictionary into Caspian verb patterns ({@code pattern, v,
 * code, flags} rows) and irregular verb forms ({@code lemma, 3sg, past, participle, ing} rows).
 *
 * <p>The dictionary is a list of verb blocks: a header {@code --- NAME [code] ---}, the block's
 * verbs (one a line, with irregular forms in braces and an optional own code in brackets), then
 * patterns {@code - * (TO BORDER) [154]} that apply to every verb of the block. A verb with a code
 * (its own, else the block's) becomes a one-word pattern; each pattern becomes a pattern whose
 * first element is every single-word verb of the block. Left out, and counted: patterns with words
 * before the verb (they constrain the subject, which Caspian's patterns cannot), patterns coded
 * only for the target ({@code [:173]}) or not at all ({@code [---]}), codes the CAMEO table lacks,
 * and elements that cannot be written as Caspian words. Of a paired code {@code [042:043]} the
 * source's side is kept. Statement codes (01x) get the {@code speech} flag. When two patterns have
 * the same text, the first wins.
 */
final class PetrarchVerbs {
  private static final Pattern HEADER = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]\\s+---");
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern FORMS = Pattern.compile("\\{([^}]*)\\}");

  private final CameoTaxonomy taxonomy;
  private final Map<String, String[]> rows = new LinkedHashMap<>();
  private final Map<String, String[]> inflections = new LinkedHashMap<>();
  private final Map<String, Integer> skipped = new LinkedHashMap<>();

  PetrarchVerbs(CameoTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** Converts the dictionary's lines; call once. */
  PetrarchVerbs convert(List<String> lines) {
    PatternText text = new PatternText(SynonymSets.read(lines));
    int start = 0;
    while (start < lines.size() && !lines.get(start).startsWith("####### VERB PATTERNS")) {
      start++;
    }
    String blockCode = "";
    List<String> verbs = new ArrayList<>();
    for (int i = start + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher h = HEADER.matcher(line);
      if (h.find()) {
        blockCode = h.group(2).strip();
        verbs = new ArrayList<>();
      } else if (line.startsWith("-")) {
        pattern(line.substring(1), verbs, text);
      } else if (!line.isBlank() && !line.startsWith("#")) {
        verb(SynonymSets.stripComment(line).strip(), blockCode, verbs);
      }
    }
    return this;
  }

  /** The pattern rows, in dictionary order. */
  List<String[]> rows() {
    return new ArrayList<>(rows.values());
  }

  /** The irregular-form rows. */
  List<String[]> inflections() {
    return new ArrayList<>(inflections.values());
  }

  /** What was left out, by reason. */
  Map<String, Integer> skipped() {
    return Map.copyOf(skipped);
  }

  private void verb(String entry, String blockCode, List<String> verbs) {
    if (entry.isEmpty()) {
      return;
    }
    Matcher c = CODE.matcher(entry);
    String own = c.find() ? c.group(1).strip() : "";
    Matcher f = FORMS.matcher(entry);
    String forms = f.find() ? f.group(1) : "";
    String head = entry.replaceAll("\\{[^}]*\\}|\\[[^\\]]*\\]", " ").strip();
    boolean multi = head.startsWith("+");
    String words = head.replace("+", "").toLowerCase(Locale.ROOT).replace('_', ' ').strip();
    if (words.isEmpty() || !words.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' '
        || ch == '-')) {
      count("verb entry not a word");
      return;
    }
    String lemma = words.split(" ")[0];
    if (!multi && !words.contains(" ")) {
      verbs.add(lemma);
    }
    if (!forms.isBlank()) {
      irregular(lemma, forms);
    }
    String code = own.isEmpty() ? blockCode : own;
    if (!words.contains(" ") || multi) {
      add(words, code);
    }
  }

  private void pattern(String body, List<String> verbs, PatternText text) {
    Matcher c = CODE.matcher(body);
    if (!c.find()) {
      count("pattern without a code");
      return;
    }
    String code = c.group(1).strip();
    String shape = SynonymSets.stripComment(body.substring(0, c.start())).strip();
    int star = shape.indexOf('*');
    if (star < 0) {
      count("pattern without a verb position");
      return;
    }
    String before = shape.substring(0, star).replace("$", "").replace("+", "").strip();
    if (!before.isEmpty()) {
      count("words before the verb");
      return;
    }
    if (verbs.isEmpty()) {
      count("block without single-word verbs");
      return;
    }
    String tail = text.translate(shape.substring(star + 1));
    if (tail == null) {
      count("element not expressible");
      return;
    }
    String first = String.join("|", new LinkedHashSet<>(verbs));
    add(tail.isEmpty() ? first : first + " ~ " + tail, code);
  }

  private void add(String pattern, String rawCode) {
    String code = rawCode.contains(":") ? rawCode.substring(0, rawCode.indexOf(':')) : rawCode;
    if (code.isEmpty() || code.equals("---")) {
      count(rawCode.startsWith(":") ? "coded for the target only" : "no code");
      return;
    }
    if (taxonomy.get(code).isEmpty()) {
      count("code not in the CAMEO table");
      return;
    }
    String flags = code.startsWith("01") ? "speech" : "";
    rows.putIfAbsent(pattern, new String[] {pattern, "v", code, flags});
  }

  private void irregular(String lemma, String formList) {
    String third = "-";
    String ing = "-";
    List<String> past = new ArrayList<>();
    // Forms are separated by spaces, in some entries also by commas ("{+CRACKED_DOWN ,
    // +CRACKS_DOWN}"); anything that is not a word is no form.
    for (String raw : formList.strip().split("[\\s,]+")) {
      String form = raw.replace("+", "").toLowerCase(Locale.ROOT).split("_")[0];
      if (form.isEmpty() || form.equals(lemma)
          || !form.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'')) {
        continue;
      }
      if (form.endsWith("ing")) {
        ing = form;
      } else if (form.endsWith("s") && !lemma.endsWith("s")) {
        third = form;
      } else if (!past.contains(form)) {
        past.add(form);
      }
    }
    String pastForm = past.isEmpty() ? "-" : past.get(0);
    String participle = past.isEmpty() ? "-" : past.get(past.size() - 1);
    for (String p : past) {
      if (p.endsWith("en") || p.endsWith("wn") || p.endsWith("ne")) {
        participle = p;
      } else {
        pastForm = p;
      }
    }
    if (!Stream.of(third, pastForm, participle, ing).allMatch("-"::equals)) {
      inflections.putIfAbsent(lemma, new String[] {lemma, third, pastForm, participle, ing});
    }
  }

  private void count(String reason) {
    skipped.merge(reason, 1, Integer::sum);
  }
}
