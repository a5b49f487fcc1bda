package org.caspian.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Recognises UTF-16 text by its byte-order mark or, without one, by its shape: in UTF-16 text of
 * one script the high byte of each code unit takes very few values (0x00 for Latin, 0x04 for
 * Cyrillic, 0x05 for Armenian), which never happens in UTF-8 or a one-byte encoding of prose. A
 * guess must also decode strictly into text without control characters.
 */
final class Utf16Sniffer {
  private static final int SAMPLE = 8192;
  /** Share of code units whose high byte is one of the two most common values. */
  private static final double HIGH_BYTE_SHARE = 0.9;

  /** The UTF-16 flavour of {@code head} (the first bytes of a file), or null if it is not UTF-16. */
  Charset sniff(byte[] head, int length) {
    if (length >= 2) {
      int b0 = head[0] & 0xff;
      int b1 = head[1] & 0xff;
      if (b0 == 0xFE && b1 == 0xFF) {
        return StandardCharsets.UTF_16BE;
      }
      if (b0 == 0xFF && b1 == 0xFE) {
        return StandardCharsets.UTF_16LE;
      }
    }
    int n = Math.min(length, SAMPLE) & ~1;
    if (n < 8) {
      return null;
    }
    if (fewHighBytes(head, n, 1) && decodesAsText(head, n, StandardCharsets.UTF_16LE, true)) {
      return StandardCharsets.UTF_16LE;
    }
    if (fewHighBytes(head, n, 0) && decodesAsText(head, n, StandardCharsets.UTF_16BE, true)) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** Length of a UTF-16 byte-order mark at the start of {@code head}: 2, or 0 without one. */
  static int bomLength(byte[] head, int length) {
    if (length >= 2) {
      int b0 = head[0] & 0xff;
      int b1 = head[1] & 0xff;
      if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
        return 2;
      }
    }
    return 0;
  }

  private static boolean fewHighBytes(byte[] b, int n, int parity) {
    int[] counts = new int[256];
    for (int i = parity; i < n; i += 2) {
      counts[b[i] & 0xff]++;
    }
    int first = 0;
    int second = 0;
    for (int c : counts) {
      if (c > first) {
        second = first;
        first = c;
      } else if (c > second) {
        second = c;
      }
    }
    return first + second >= HIGH_BYTE_SHARE * (n / 2);
  }

  private static boolean decodesAsText(byte[] b, int n, Charset cs, boolean retry) {
    String s;
    try {
      s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, n))
          .toString();
    } catch (CharacterCodingException e) {
      // A sample cut in the middle of a surrogate pair is still text: retry without the last unit.
      return retry && n > 2 && decodesAsText(b, n - 2, cs, false);
    }
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters * 2 >= s.length();
  }
}
