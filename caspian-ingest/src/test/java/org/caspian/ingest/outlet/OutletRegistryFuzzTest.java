package org.caspian.ingest.outlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Mutates the built-in registry file at random (seeded; {@code -Dcaspian.fuzz.inputs=N
 * -Dcaspian.fuzz.seed=S}) and checks the parser's contract: it never throws, every error is one
 * line naming the file and a line that exists, every kept outlet satisfies the column rules, and
 * each data line gives an outlet or an error, never both.
 */
class OutletRegistryFuzzTest {
  private static final Pattern ERROR =
      Pattern.compile("fuzz\\.tsv:(\\d+): [^\\n\\r\\u0085\\u2028\\u2029]+");
  private static final String[] PIECES = {"\t", "|", "\n", "\r", "\u0000", "#", "www.", "..",
      "https://", " ", "\uFEFF", "ТАСС", "\uD83D\uDE00", "x".repeat(500), "STATE", "@", "-"};

  @Test
  void mutated_registry_files_give_outlets_or_one_line_errors() throws IOException {
    String original;
    try (InputStream in = OutletRegistry.class.getResourceAsStream("outlets.tsv")) {
      original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int inputs = Integer.getInteger("caspian.fuzz.inputs", 300);
    long seed = Long.getLong("caspian.fuzz.seed", 20261203L);
    SplittableRandom random = new SplittableRandom(seed);
    OutletFileParser parser = new OutletFileParser();
    for (int n = 0; n < inputs; n++) {
      String mutated = mutate(original, random);
      String[] lines = mutated.split("\r?\n|\r", -1);
      long dataLines = 0;
      for (int i = 0; i < lines.length; i++) {
        String l = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
        if (!l.isBlank() && !l.startsWith("#") && !l.startsWith("id\tname")) {
          dataLines++;
        }
      }
      OutletFileParser.Parsed p = parser.parse("fuzz.tsv", mutated);
      String context = "seed " + seed + " input " + n;
      for (String e : p.errors()) {
        var m = ERROR.matcher(e);
        assertThat(m.matches()).as(context + ": " + e).isTrue();
        assertThat(Integer.parseInt(m.group(1))).as(context).isBetween(1, lines.length);
      }
      assertThat(p.outlets().size() + p.errors().size()).as(context).isEqualTo(dataLines);
      for (Outlet o : p.outlets()) {
        assertThat(OutletVocabulary.SIDES).as(context).contains(o.side());
        assertThat(OutletVocabulary.TYPES).as(context).contains(o.type());
        assertThat(o.name()).as(context).isNotBlank();
        assertThat(o.domains()).as(context).allSatisfy(d ->
            assertThat(d).doesNotContain("/", " ", "\t").isLowerCase());
      }
      OutletRegistry.of(p.outlets()).byName("TASS"); // a registry builds from whatever was kept
    }
  }

  private static String mutate(String text, SplittableRandom r) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int edits = 1 + r.nextInt(8);
    for (int e = 0; e < edits; e++) {
      int i = r.nextInt(lines.size());
      String l = lines.get(i);
      switch (r.nextInt(6)) {
        case 0 -> lines.set(i, insert(l, PIECES[r.nextInt(PIECES.length)], r));
        case 1 -> lines.set(i, l.isEmpty() ? l : l.substring(0, r.nextInt(l.length())));
        case 2 -> lines.add(i, lines.get(r.nextInt(lines.size())));
        case 3 -> lines.set(i, l.replace('\t', r.nextBoolean() ? ' ' : '|'));
        case 4 -> lines.set(i, insert(l, String.valueOf((char) r.nextInt(0x3000)), r));
        default -> lines.remove(i);
      }
      if (lines.isEmpty()) {
        lines.add("");
      }
    }
    return String.join(r.nextInt(4) == 0 ? "\r\n" : "\n", lines);
  }

  private static String insert(String l, String piece, SplittableRandom r) {
    int at = l.isEmpty() ? 0 : r.nextInt(l.length() + 1);
    return l.substring(0, at) + piece + l.substring(at);
  }
}
