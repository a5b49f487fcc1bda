package org.caspian.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns raw bytes into text, refusing what is not text: UTF-16 (with or without a byte-order
 * mark), then strict UTF-8, then ICU charset detection (for legacy encodings such as windows-1251
 * or KOI8-R) when it is confident. Binary data (NUL bytes, many control characters) is refused
 * with a reason.
 */
public final class TextDecoder {
  private static final int MIN_CONFIDENCE = 25;

  private final Utf16Sniffer utf16 = new Utf16Sniffer();

  /** Thrown with a one-line reason when bytes are not readable text. */
  public static final class NotTextException extends Exception {
    private static final long serialVersionUID = 1L;

    public NotTextException(String reason) {
      super(reason);
    }
  }

  /** Decodes {@code bytes}, without a byte-order mark, with line ends normalised to {@code \n}. */
  public String decode(byte[] bytes) throws NotTextException {
    String s;
    Charset wide = utf16.sniff(bytes, bytes.length);
    if (wide != null) {
      int bom = Utf16Sniffer.bomLength(bytes, bytes.length);
      s = new String(bytes, bom, bytes.length - bom, wide);
    } else if (looksBinary(bytes)) {
      throw new NotTextException("binary content, not text");
    } else {
      s = strictUtf8(bytes);
      if (s == null) {
        s = new String(bytes, detect(bytes));
      }
    }
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** {@code bytes} decoded as UTF-8, or null when they are not valid UTF-8. */
  static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * The one-byte legacy encoding ICU is confident {@code bytes} are in.
   *
   * @throws NotTextException when no encoding is detected with enough confidence
   */
  Charset detect(byte[] bytes) throws NotTextException {
    CharsetDetector d = new CharsetDetector();
    d.setText(bytes);
    CharsetMatch m = d.detect();
    if (m == null || m.getConfidence() < MIN_CONFIDENCE || m.getName().startsWith("UTF-16")
        || m.getName().startsWith("UTF-32") || !Charset.isSupported(m.getName())) {
      throw new NotTextException("not valid UTF-8 and the encoding could not be detected");
    }
    return Charset.forName(m.getName());
  }

  /** The UTF-16 flavour of a file starting with {@code head}, or null when it is not UTF-16. */
  Charset utf16(byte[] head, int length) {
    return utf16.sniff(head, length);
  }

  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return n > 0 && control * 20 > n;
  }
}
