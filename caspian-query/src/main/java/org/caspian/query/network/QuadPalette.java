package org.caspian.query.network;

/**
 * The colours of the four quad classes, shared by the network export and the brief's chart:
 * verbal cooperation green, material cooperation blue, verbal conflict orange, material conflict
 * red.
 */
public final class QuadPalette {
  private static final int[][] RGB = {{44, 162, 95}, {43, 140, 190}, {253, 141, 60},
      {222, 45, 38}};
  private static final String[] NAMES = {"verbal cooperation", "material cooperation",
      "verbal conflict", "material conflict"};

  private QuadPalette() {}

  /** Red, green and blue (0..255) of quad class {@code quad} (1..4). */
  public static int[] rgb(int quad) {
    return RGB[check(quad) - 1].clone();
  }

  /** CSS hex form ("#de2d26"). */
  public static String hex(int quad) {
    int[] c = RGB[check(quad) - 1];
    return String.format("#%02x%02x%02x", c[0], c[1], c[2]);
  }

  /** The class's name ("material conflict"). */
  public static String name(int quad) {
    return NAMES[check(quad) - 1];
  }

  private static int check(int quad) {
    if (quad < 1 || quad > 4) {
      throw new IllegalArgumentException("quad class must be 1..4: " + quad);
    }
    return quad;
  }
}
