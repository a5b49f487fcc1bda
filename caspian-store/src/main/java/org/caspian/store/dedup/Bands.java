package org.caspian.store.dedup;

/**
 * Locality-sensitive keys of a {@link MinHash} signature: {@value #BANDS} bands of {@value #ROWS}
 * positions, each hashed to a key. Two texts share at least one key with probability {@code
 * 1 - (1 - s^2)^32} at Jaccard similarity {@code s}: 0.996 at 0.4 (the default threshold), 0.73 at
 * 0.2, 0.12 at 0.05, so copies are rarely missed while unrelated texts rarely meet.
 */
public final class Bands {
  /** Bands per signature. */
  public static final int BANDS = 32;
  /** Signature positions per band. */
  public static final int ROWS = MinHash.SIZE / BANDS;

  private Bands() {}

  /**
   * The band keys of {@code signature}: one 64-bit hash per band, the band's number hashed in, so
   * equal values in different bands do not meet.
   */
  public static long[] keys(int[] signature) {
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b + 1L;
      for (int r = 0; r < ROWS; r++) {
        h = MinHash.mix(h * 0x9E3779B97F4A7C15L + signature[b * ROWS + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /** The signature as bytes (big-endian ints), for storing. */
  public static byte[] toBytes(int[] signature) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(signature.length * 4);
    for (int v : signature) {
      b.putInt(v);
    }
    return b.array();
  }

  /** A signature stored by {@link #toBytes}, or {@code null} when the bytes are not one. */
  public static int[] fromBytes(byte[] bytes, int offset, int length) {
    if (bytes == null || length != MinHash.SIZE * 4) {
      return null;
    }
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes, offset, length);
    int[] sig = new int[MinHash.SIZE];
    for (int i = 0; i < sig.length; i++) {
      sig[i] = b.getInt();
    }
    return sig;
  }
}
