package org.caspian.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns raw bytes into text, refusing what is not text: strict UTF-8 first, then ICU charset
 * detection (for legacy Cyrillic or Turkish encodings) when it is confident. Binary data (NUL
 * bytes, many control characters) is refused with a reason.
 */
public final class TextDecoder {
  private static final int MIN_CONFIDENCE = 25;

  /** Thrown with a one-line reason when bytes are not readable text. */
  public static final class NotTextException extends Exception {
    private static final long serialVersionUID = 1L;

    public NotTextException(String reason) {
      super(reason);
    }
  }

  /** Decodes {@code bytes}, without a byte-order mark, with line ends normalised to {@code \n}. */
  public String decode(byte[] bytes) throws NotTextException {
    if (looksBinary(bytes)) {
      throw new NotTextException("binary content, not text");
    }
    String s;
    try {
      s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      s = detect(bytes);
    }
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static String detect(byte[] bytes) throws NotTextException {
    CharsetDetector d = new CharsetDetector();
    d.setText(bytes);
    CharsetMatch m = d.detect();
    if (m == null || m.getConfidence() < MIN_CONFIDENCE || m.getName().startsWith("UTF-16")
        || m.getName().startsWith("UTF-32") || !Charset.isSupported(m.getName())) {
      throw new NotTextException("not valid UTF-8 and the encoding could not be detected");
    }
    return new String(bytes, Charset.forName(m.getName()));
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
