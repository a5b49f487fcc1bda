package org.caspian.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n} or {@code \r\n}) without ever holding more than the
 * limit: the rest of a longer line is skipped as it streams by, and the line is returned marked
 * too long. Not thread-safe.
 */
final class LineSplitter {
  /**
   * One line.
   *
   * @param number 1-based line number
   * @param bytes the line without its end, or empty when it was too long
   * @param tooLong true when the line was longer than the limit (its bytes were dropped)
   */
  record Line(int number, byte[] bytes, boolean tooLong) {}

  private final InputStream in;
  private final long limit;
  private final byte[] buffer = new byte[65536];
  private int pos;
  private int end;
  private int number;
  private byte[] line = new byte[4096];

  LineSplitter(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    int length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = pos;
      while (pos < end && buffer[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      if (!tooLong && (long) length + n > limit) {
        tooLong = true;
        line = new byte[4096];
      }
      if (!tooLong) {
        if (length + n > line.length) {
          line = Arrays.copyOf(line, (int) Math.min(Math.max(line.length * 2L, length + n),
              Integer.MAX_VALUE - 8));
        }
        System.arraycopy(buffer, start, line, length, n);
        length += n;
      }
      if (pos < end) {
        pos++; // the '\n'
        break;
      }
    }
    number++;
    if (tooLong) {
      return new Line(number, new byte[0], true);
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return new Line(number, Arrays.copyOf(line, length), false);
  }
}
