package org.caspian.analysis.morph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.ISequenceEncoder;

/**
 * A morfologik dictionary read from the class path: an automaton of "key separator encoded-value
 * [separator tag]" sequences, with its metadata ({@code .info}) beside it. Gives word lookups
 * ({@link #newLookup()}, one {@link DictionaryLookup} per thread, since a lookup reuses its
 * buffers) and prefix walks ({@link #withPrefix}), which the automaton and this class do without
 * shared mutable state, so those are thread-safe.
 */
final class FsaDictionary {
  /** One entry of a prefix walk: the rest of the key after the prefix, and the decoded value. */
  record Entry(String keyRest, String value) {}

  private final Dictionary dictionary;
  private final Charset charset;
  private final byte separator;
  private final String name;

  private FsaDictionary(Dictionary dictionary, String name) {
    this.dictionary = dictionary;
    this.charset = Charset.forName(dictionary.metadata.getEncoding());
    this.separator = dictionary.metadata.getSeparator();
    this.name = name;
  }

  /**
   * Reads the dictionary {@code resource} (an absolute class-path name ending in {@code .dict}).
   *
   * @throws IllegalStateException naming the resource when it is missing or unreadable
   */
  static FsaDictionary load(String resource) {
    URL url = FsaDictionary.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException("dictionary not on the class path: " + resource);
    }
    try {
      return new FsaDictionary(Dictionary.read(url), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dictionary " + resource, e);
    } catch (RuntimeException e) {
      throw new IllegalStateException("bad dictionary " + resource + ": " + e.getMessage(), e);
    }
  }

  /** A new lookup over this dictionary; not thread-safe, so one per thread. */
  DictionaryLookup newLookup() {
    return new DictionaryLookup(dictionary);
  }

  /**
   * Every entry whose key starts with {@code prefix}, in the automaton's order: the rest of each
   * key and its value, decoded. Used on a synthesis dictionary, whose keys are "lemma|tag".
   */
  List<Entry> withPrefix(String prefix) {
    byte[] head = prefix.getBytes(charset);
    MatchResult m = new FSATraversal(dictionary.fsa).match(head);
    if (m.kind != MatchResult.SEQUENCE_IS_A_PREFIX) {
      return List.of();
    }
    ISequenceEncoder encoder = dictionary.metadata.getSequenceEncoderType().get();
    List<Entry> out = new ArrayList<>();
    ByteBuffer reuse = ByteBuffer.allocate(64);
    for (ByteBuffer seq : dictionary.fsa.getSequences(m.node)) {
      byte[] rest = Arrays.copyOfRange(seq.array(), seq.position(), seq.limit());
      int sep = indexOf(rest, separator, 0);
      if (sep < 0) {
        continue;
      }
      int end = indexOf(rest, separator, sep + 1);
      byte[] key = new byte[head.length + sep];
      System.arraycopy(head, 0, key, 0, head.length);
      System.arraycopy(rest, 0, key, head.length, sep);
      // the encoders read their input from index 0 of the buffer, so each gets its own array
      ByteBuffer encoded = ByteBuffer.wrap(
          Arrays.copyOfRange(rest, sep + 1, end < 0 ? rest.length : end));
      reuse = encoder.decode(reuse, ByteBuffer.wrap(key), encoded);
      String value = new String(reuse.array(), reuse.position(), reuse.remaining(), charset);
      out.add(new Entry(new String(rest, 0, sep, charset), value));
    }
    return out;
  }

  private static int indexOf(byte[] a, byte b, int from) {
    for (int i = from; i < a.length; i++) {
      if (a[i] == b) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return "FsaDictionary[" + name + "]";
  }
}
