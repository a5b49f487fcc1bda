package org.caspian.server.pages;

import java.util.List;

/**
 * What the shared layout needs: the title, which page is shown, the navigation and a note.
 *
 * @param title the page title, without the site name
 * @param page the page's name ({@code overview}, {@code search}, {@code dyads}, {@code article},
 *     {@code login}, {@code missing}), read by the scripts
 * @param nav the navigation links, the current one marked
 * @param note shown at the right of the header ("4 articles")
 * @param charts true when the page draws charts (loads ECharts)
 */
public record PageFrame(String title, String page, List<NavLink> nav, String note,
    boolean charts) {
  /** The sections of the navigation, in order: label and address. */
  private static final List<String[]> SECTIONS = List.of(
      new String[] {"overview", "Overview", "/"},
      new String[] {"search", "Search", "/search"},
      new String[] {"dyads", "Dyads", "/dyads"},
      new String[] {"stories", "Same event", "/stories"},
      new String[] {"compare", "Compare", "/compare"},
      new String[] {"network", "Network", "/network"},
      new String[] {"alerts", "Alerts", "/alerts"},
      new String[] {"ach", "Hypotheses", "/ach"},
      new String[] {"api", "API", "/openapi.json"});

  public PageFrame {
    nav = List.copyOf(nav);
  }

  /** A frame for {@code page} with the standard navigation. */
  public static PageFrame of(String title, String page, String note) {
    List<NavLink> links = SECTIONS.stream()
        .map(s -> new NavLink(s[1], s[2], s[0].equals(page))).toList();
    return new PageFrame(title, page, links, note, page.equals("dyads"));
  }

  /** True on the page that draws the actor network (loads Cytoscape.js). */
  public boolean graph() {
    return page.equals("network");
  }
}
