package org.caspian.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** Re-encodes the characters of a reader (a UTF-16 file) as a UTF-8 byte stream, as it reads. */
final class Utf8Transcoder extends InputStream {
  private final Reader in;
  private final char[] chars = new char[8192];
  private byte[] bytes = new byte[0];
  private int pos;

  Utf8Transcoder(Reader in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    if (!fill()) {
      return -1;
    }
    return bytes[pos++] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(len, bytes.length - pos);
    System.arraycopy(bytes, pos, b, off, n);
    pos += n;
    return n;
  }

  private boolean fill() throws IOException {
    while (pos == bytes.length) {
      int n = in.read(chars, 0, chars.length - 1);
      if (n < 0) {
        return false;
      }
      if (n > 0 && Character.isHighSurrogate(chars[n - 1])) {
        int low = in.read();
        if (low >= 0) {
          chars[n++] = (char) low;
        }
      }
      bytes = new String(chars, 0, n).getBytes(StandardCharsets.UTF_8);
      pos = 0;
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
