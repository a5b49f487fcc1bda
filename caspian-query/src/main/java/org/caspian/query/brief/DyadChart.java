package org.caspian.query.brief;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.caspian.query.DyadRow;
import org.caspian.query.network.QuadPalette;

/**
 * Draws a dyad series: one stacked bar per period (the four quad classes in their colours), the
 * Goldstein mean as a dark line on a -10..10 scale (right axis), escalation periods marked with a
 * red triangle above their bar, and period labels at the start, middle and end. The same layout is
 * written as SVG text or rendered as a PNG with Java2D.
 */
public final class DyadChart {
  static final int WIDTH = 720;
  static final int HEIGHT = 300;
  private static final int LEFT = 44;
  private static final int RIGHT = 40;
  private static final int TOP = 32;
  private static final int BOTTOM = 40;
  private static final String LINE_LEGEND = "line: Goldstein mean (right axis)";

  private final List<DyadRow> rows;
  private final Set<String> marked;
  private final String title;
  private final int max;

  /** A chart of {@code rows} (gap-free), with the {@code marked} periods flagged. */
  public DyadChart(String title, List<DyadRow> rows, Set<String> marked) {
    this.title = title;
    this.rows = List.copyOf(rows);
    this.marked = Set.copyOf(marked);
    int m = 1;
    for (DyadRow r : rows) {
      m = Math.max(m, r.events());
    }
    this.max = m;
  }

  private double plotW() {
    return WIDTH - LEFT - RIGHT;
  }

  private double plotH() {
    return HEIGHT - TOP - BOTTOM;
  }

  private double slot() {
    return plotW() / Math.max(1, rows.size());
  }

  private double y(double count) {
    return TOP + plotH() - count / max * plotH();
  }

  private double goldY(double g) {
    return TOP + plotH() / 2 - g / 10.0 * plotH() / 2;
  }

  private double barWidth() {
    return Math.max(1, slot() * 0.8);
  }

  /** The left edge of period {@code i}'s bar. */
  private double barX(int i) {
    double w = slot();
    return LEFT + i * w + (w - barWidth()) / 2;
  }

  /** One quad class's part of a period's stacked bar. */
  @FunctionalInterface
  private interface BarSegment {
    void draw(int quad, int events, double x, double top, double width, double height);
  }

  /** Hands the quad classes of period {@code i}'s bar, bottom up, to {@code segment}. */
  private void segments(int i, BarSegment segment) {
    DyadRow r = rows.get(i);
    double x = barX(i);
    double bar = barWidth();
    double base = 0;
    int[] q = {r.quad1(), r.quad2(), r.quad3(), r.quad4()};
    for (int k = 0; k < 4; k++) {
      if (q[k] > 0) {
        double top = y(base + q[k]);
        segment.draw(k + 1, q[k], x, top, bar, y(base) - top);
        base += q[k];
      }
    }
  }

  /** The chart as a standalone SVG element. */
  public String svg() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
        + "height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\" "
        + "role=\"img\" aria-label=\"%s\">", WIDTH, HEIGHT, WIDTH, HEIGHT, esc(title)));
    sb.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
    sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"15\" font-size=\"13\" "
        + "font-weight=\"bold\">%s</text>", LEFT, esc(title)));
    line(sb, LEFT, TOP + plotH(), LEFT + plotW(), TOP + plotH(), "#888888");
    line(sb, LEFT, goldY(0), LEFT + plotW(), goldY(0), "#dddddd");
    text(sb, LEFT - 6, TOP + 4, Integer.toString(max), "end");
    text(sb, LEFT - 6, TOP + plotH(), "0", "end");
    text(sb, LEFT + plotW() + 6, goldY(10) + 4, "+10", "start");
    text(sb, LEFT + plotW() + 6, goldY(-10), "-10", "start");
    double w = slot();
    for (int i = 0; i < rows.size(); i++) {
      DyadRow r = rows.get(i);
      segments(i, (quad, n, x, top, width, height) -> sb.append(String.format(Locale.ROOT,
          "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: "
              + "%d %s</title></rect>", x, top, width, height, QuadPalette.hex(quad),
          esc(r.period()), n, QuadPalette.name(quad))));
      if (marked.contains(r.period())) {
        double cx = barX(i) + barWidth() / 2;
        double ty = y(r.events()) - 4;
        sb.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" "
            + "fill=\"#c00000\"><title>escalation %s</title></polygon>", cx - 5, ty - 8, cx + 5,
            ty - 8, cx, ty, esc(r.period())));
      }
    }
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      DyadRow r = rows.get(i);
      if (r.events() > 0) {
        path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT,
            "%.1f %.1f", LEFT + i * w + w / 2, goldY(r.goldsteinMean())));
      }
    }
    if (path.length() > 0) {
      sb.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#333333\" "
          + "stroke-width=\"1.5\"/>");
    }
    for (int i : labelIndexes()) {
      text(sb, LEFT + i * w + w / 2, TOP + plotH() + 16, rows.get(i).period(), "middle");
    }
    legend(sb);
    return sb.append("</svg>").toString();
  }

  private void legend(StringBuilder sb) {
    double x = LEFT;
    double yy = HEIGHT - 8;
    for (int k = 1; k <= 4; k++) {
      sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"10\" "
          + "height=\"10\" fill=\"%s\"/>", x, yy - 9, QuadPalette.hex(k)));
      text(sb, x + 14, yy, QuadPalette.name(k), "start");
      x += 14 + QuadPalette.name(k).length() * 6.5 + 18;
    }
    text(sb, WIDTH - 6, 15, LINE_LEGEND, "end");
  }

  private int[] labelIndexes() {
    int n = rows.size();
    if (n == 0) {
      return new int[0];
    }
    if (n <= 2) {
      return n == 1 ? new int[] {0} : new int[] {0, 1};
    }
    return new int[] {0, n / 2, n - 1};
  }

  private static void line(StringBuilder sb, double x1, double y1, double x2, double y2,
      String color) {
    sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
        + "stroke=\"%s\"/>", x1, y1, x2, y2, color));
  }

  private static void text(StringBuilder sb, double x, double y, String s, String anchor) {
    sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s"
        + "</text>", x, y, anchor, esc(s)));
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** The chart rendered as PNG bytes (Java2D, headless). */
  public byte[] png() throws IOException {
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
      g.drawString(title, LEFT, 15);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
      g.setColor(new Color(0xdddddd));
      g.draw(new Line2D.Double(LEFT, goldY(0), LEFT + plotW(), goldY(0)));
      g.setColor(new Color(0x888888));
      g.draw(new Line2D.Double(LEFT, TOP + plotH(), LEFT + plotW(), TOP + plotH()));
      g.setColor(Color.BLACK);
      right(g, Integer.toString(max), LEFT - 6, TOP + 4);
      right(g, "0", LEFT - 6, TOP + plotH());
      g.drawString("+10", (float) (LEFT + plotW() + 6), (float) goldY(10) + 4);
      g.drawString("-10", (float) (LEFT + plotW() + 6), (float) goldY(-10));
      double w = slot();
      for (int i = 0; i < rows.size(); i++) {
        DyadRow r = rows.get(i);
        segments(i, (quad, n, x, top, width, height) -> {
          int[] c = QuadPalette.rgb(quad);
          g.setColor(new Color(c[0], c[1], c[2]));
          g.fill(new Rectangle2D.Double(x, top, width, height));
        });
        if (marked.contains(r.period())) {
          g.setColor(new Color(0xc00000));
          int cx = (int) Math.round(barX(i) + barWidth() / 2);
          int ty = (int) Math.round(y(r.events()) - 4);
          g.fillPolygon(new int[] {cx - 5, cx + 5, cx}, new int[] {ty - 8, ty - 8, ty}, 3);
        }
      }
      g.setColor(new Color(0x333333));
      g.setStroke(new BasicStroke(1.5f));
      double px = Double.NaN;
      double py = Double.NaN;
      for (int i = 0; i < rows.size(); i++) {
        DyadRow r = rows.get(i);
        if (r.events() > 0) {
          double cx = LEFT + i * w + w / 2;
          double cy = goldY(r.goldsteinMean());
          if (!Double.isNaN(px)) {
            g.draw(new Line2D.Double(px, py, cx, cy));
          }
          px = cx;
          py = cy;
        }
      }
      g.setColor(Color.BLACK);
      for (int i : labelIndexes()) {
        String s = rows.get(i).period();
        int sw = g.getFontMetrics().stringWidth(s);
        g.drawString(s, (float) (LEFT + i * w + w / 2 - sw / 2.0), (float) (TOP + plotH() + 16));
      }
      float lx = LEFT;
      for (int k = 1; k <= 4; k++) {
        int[] c = QuadPalette.rgb(k);
        g.setColor(new Color(c[0], c[1], c[2]));
        g.fillRect((int) lx, HEIGHT - 17, 10, 10);
        g.setColor(Color.BLACK);
        g.drawString(QuadPalette.name(k), lx + 14, HEIGHT - 8);
        lx += 14 + g.getFontMetrics().stringWidth(QuadPalette.name(k)) + 18;
      }
      right(g, LINE_LEGEND, WIDTH - 6, 15);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  private static void right(Graphics2D g, String s, double x, double y) {
    g.drawString(s, (float) (x - g.getFontMetrics().stringWidth(s)), (float) y);
  }
}
