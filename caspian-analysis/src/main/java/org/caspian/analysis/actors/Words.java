package org.caspian.analysis.actors;

import java.util.ArrayList;
import java.util.List;
import org.caspian.analysis.token.TokenStage;
import org.caspian.model.Tokens;

/**
 * Splits tokens into the words the actor dictionaries are matched against. The same splitting is
 * applied to dictionary forms and to article text, so both sides always agree.
 *
 * <p>A token is cut at hyphens ("Azerbaijan-Russia" is two words; the second is marked as joined
 * by a hyphen) and at inner periods, which become words of their own ("Oxu.Az" is "Oxu", ".",
 * "Az"). An apostrophe ends the matching key: "Russia's" is matched as "Russia" and marked
 * possessive, with the span stopping before the apostrophe; "Türkiye'nin" and "d'affaires" are
 * matched by the part before the apostrophe, with the span covering the whole piece.
 *
 * <p>The callback receives, per word: key start and end (what is looked up), span start and end
 * (what a mention covers), and whether it is possessive or hyphen-joined to the word before.
 */
final class Words {
  private Words() {}

  /** Receives the words of a text in order. */
  interface Sink {
    void word(int keyStart, int keyEnd, int spanStart, int spanEnd, boolean possessive,
        boolean hyphenJoined);
  }

  private static final TokenStage TOKENIZER = new TokenStage();

  /** Feeds every word of {@code text} (tokenized as {@code tokens}) to {@code sink}. */
  static void split(String text, Tokens tokens, Sink sink) {
    for (int t = 0; t < tokens.size(); t++) {
      splitToken(text, tokens.start(t), tokens.end(t), sink);
    }
  }

  /** The matching keys of a dictionary form, e.g. "U.S." gives ["U", ".", "S", "."]. */
  static List<String> keys(String form) {
    List<String> out = new ArrayList<>();
    split(form, TOKENIZER.tokenize(form),
        (ks, ke, ss, se, poss, hyph) -> out.add(form.substring(ks, ke)));
    return out;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2011';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static void splitToken(String text, int start, int end, Sink sink) {
    int pieceStart = start;
    boolean joined = false;
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (isHyphen(c) && i > start) {
        if (i > pieceStart) {
          sink.word(pieceStart, i, pieceStart, i, false, joined);
        }
        joined = true;
        pieceStart = i + 1;
        i++;
      } else if (c == '.' && i > start && end - start > 1) {
        if (i > pieceStart) {
          sink.word(pieceStart, i, pieceStart, i, false, joined);
        }
        sink.word(i, i + 1, i, i + 1, false, false);
        joined = false;
        pieceStart = i + 1;
        i++;
      } else if (isApostrophe(c) && i > pieceStart) {
        int pieceEnd = i + 1;
        while (pieceEnd < end && !isHyphen(text.charAt(pieceEnd)) && text.charAt(pieceEnd) != '.') {
          pieceEnd++;
        }
        boolean possessive = pieceEnd == i + 1
            || (pieceEnd == i + 2 && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S'));
        sink.word(pieceStart, i, pieceStart, possessive ? i : pieceEnd, possessive, joined);
        joined = false;
        pieceStart = pieceEnd;
        i = pieceEnd;
      } else {
        i++;
      }
    }
    if (pieceStart < end) {
      sink.word(pieceStart, end, pieceStart, end, false, joined);
    }
  }
}
