package org.caspian.analysis.lexicon.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the Phoenix agents dictionary ({@code POLICE [~COP]}, {@code REBEL [~REB]}) into rows
 * of Caspian's role-noun table ({@code lang, position, role, type, label, forms}): one row per
 * role, its forms lower-case with their plurals ("rebel", "rebels"). Substitution sets such as
 * {@code !PERSON!} are expanded; braces give irregular plurals ({@code {}} for none). Only the
 * roles Caspian's codes use are kept; {@code UAF} (unaligned armed forces) joins {@code REB},
 * and of a compound code the first role counts ({@code ~GOVMIL} is {@code GOV}). The rows
 * compose with a country ("Iraqi police"); which nouns are actors on their own is decided by the
 * hand-made role_nouns.tsv ("bare" and "alone" rows), since the singular agent nouns alone
 * ("terrorist", "gunman") are too often not the actor of an event.
 */
final class PhoenixAgents {
  private static final Pattern LINE = Pattern.compile(
      "^([^\\[{#]+?)\\s*(\\{([^}]*)\\})?\\s*\\[~([A-Z]+)\\]");
  private static final Pattern SET = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");
  /** The ActorType name and English label of a composed mention with this role. */
  private record AgentType(String type, String label) {}

  private static final Map<String, AgentType> ROLES = Map.ofEntries(
      Map.entry("GOV", new AgentType("GOVERNMENT", "officials")),
      Map.entry("MIL", new AgentType("INSTITUTION", "armed forces")),
      Map.entry("COP", new AgentType("INSTITUTION", "police")),
      Map.entry("SPY", new AgentType("INSTITUTION", "security services")),
      Map.entry("JUD", new AgentType("INSTITUTION", "judiciary")),
      Map.entry("LEG", new AgentType("INSTITUTION", "parliament")),
      Map.entry("MED", new AgentType("MEDIA", "media")),
      Map.entry("BUS", new AgentType("COUNTRY", "business")),
      Map.entry("CVL", new AgentType("COUNTRY", "civilians")),
      Map.entry("OPP", new AgentType("COUNTRY", "opposition")),
      Map.entry("REB", new AgentType("COUNTRY", "rebels")),
      Map.entry("REF", new AgentType("COUNTRY", "refugees")),
      Map.entry("EDU", new AgentType("COUNTRY", "education")),
      Map.entry("ELI", new AgentType("COUNTRY", "elites")));

  private PhoenixAgents() {}

  /**
   * AgentType-noun rows of the agents file's lines, without the forms in {@code excluded} (and their
   * plurals).
   */
  static List<String[]> convert(List<String> lines, Set<String> excluded) {
    Map<String, List<String>> sets = new LinkedHashMap<>();
    Map<String, Set<String>> byRole = new LinkedHashMap<>();
    for (String raw : lines) {
      String line = raw.strip();
      Matcher s = SET.matcher(line);
      if (s.find()) {
        List<String> members = new ArrayList<>();
        for (String m : s.group(2).split(",")) {
          members.add(m.strip());
        }
        sets.put(s.group(1), members);
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (line.startsWith("#") || !m.find()) {
        continue;
      }
      String role = m.group(4).length() >= 3 ? m.group(4).substring(0, 3) : "";
      role = role.equals("UAF") ? "REB" : role;
      if (!ROLES.containsKey(role)) {
        continue;
      }
      Set<String> forms = byRole.computeIfAbsent(role, k -> new LinkedHashSet<>());
      for (String singular : expand(m.group(1), sets)) {
        if (excluded.contains(singular)) {
          continue;
        }
        forms.add(singular);
        if (m.group(2) == null) {
          forms.add(plural(singular));
        } else {
          for (String p : expand(m.group(3), sets)) {
            forms.add(p);
          }
        }
      }
    }
    List<String[]> out = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : byRole.entrySet()) {
      AgentType r = ROLES.get(e.getKey());
      String forms = String.join("|", e.getValue());
      out.add(new String[] {"en", "both", e.getKey(), r.type(), r.label(), forms});
    }
    return out;
  }

  /** The lower-case forms of a name with every substitution set expanded; "" gives none. */
  static List<String> expand(String name, Map<String, List<String>> sets) {
    List<String> out = new ArrayList<>();
    String n = name.strip();
    if (n.isEmpty()) {
      return out;
    }
    int open = n.indexOf('!');
    int close = open < 0 ? -1 : n.indexOf('!', open + 1);
    if (close > open && sets.containsKey(n.substring(open, close + 1))) {
      for (String member : sets.get(n.substring(open, close + 1))) {
        out.addAll(expand(n.substring(0, open) + member + n.substring(close + 1), sets));
      }
      return out;
    }
    String f = n.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    if (!f.isEmpty() && f.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-')) {
      out.add(f);
    }
    return out;
  }

  /**
   * The regular English plural of a noun phrase's last word; a word that already looks plural
   * ("militants", "children") is returned as it is.
   */
  static String plural(String s) {
    if ((s.endsWith("s") && !s.endsWith("ss")) || s.endsWith("men") || s.endsWith("ren")
        || s.endsWith("people")) {
      return s;
    }
    if (s.endsWith("man")) {
      return s.substring(0, s.length() - 3) + "men";
    }
    if (s.endsWith("y") && s.length() > 1 && "aeiou".indexOf(s.charAt(s.length() - 2)) < 0) {
      return s.substring(0, s.length() - 1) + "ies";
    }
    if (s.endsWith("s") || s.endsWith("x") || s.endsWith("z") || s.endsWith("ch")
        || s.endsWith("sh")) {
      return s + "es";
    }
    return s + "s";
  }
}
