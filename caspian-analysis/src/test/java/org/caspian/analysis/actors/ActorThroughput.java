package org.caspian.analysis.actors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.caspian.analysis.sentence.SentenceStage;
import org.caspian.analysis.token.TokenStage;
import org.caspian.model.AnalyzedArticle;
import org.caspian.model.Article;

/**
 * Hand-run throughput check of the actors stage on one thread (not a unit test). Reads every
 * .txt file of the directory given as the first argument (default /work/shared/seeds), or uses a
 * few built-in sentences when there is none, and reports tokens per second for the actors stage
 * alone and for sentences + tokens + actors.
 *
 * <pre>
 * mvn -q -o -pl caspian-analysis test-compile
 * java -cp "$(cat cp.txt):caspian-analysis/target/classes:caspian-analysis/target/test-classes" \
 *     org.caspian.analysis.actors.ActorThroughput [dir]
 * </pre>
 */
public final class ActorThroughput {
  private static final String FALLBACK = "Russian President Vladimir Putin and Azerbaijani"
      + " President Ilham Aliyev met in Moscow on Tuesday. The Kremlin said Baku's concerns were"
      + " heard, while the Armenian Foreign Ministry and Yerevan-based analysts doubted that the"
      + " talks would change anything. According to political commentator Ramiz Aliyev, the"
      + " relationship between the two countries has entered a difficult phase. Aliyev added"
      + " that the peace process with Armenia must continue. Officials in Ankara and Tehran"
      + " watched closely as the OSCE and the European Union called for restraint.\n";

  private ActorThroughput() {}

  public static void main(String[] args) throws IOException {
    List<String> texts = load(args.length > 0 ? Path.of(args[0]) : Path.of("/work/shared/seeds"));
    long t0 = System.nanoTime();
    ActorStage actors = ActorStage.create();
    System.out.printf("dictionary load: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
    SentenceStage sentences = SentenceStage.create();
    TokenStage tokens = new TokenStage();
    List<AnalyzedArticle> prepared = new ArrayList<>();
    long tokenCount = 0;
    while (tokenCount < 2_000_000) {
      for (String text : texts) {
        AnalyzedArticle a = tokens.apply(sentences.apply(AnalyzedArticle.of(
            new Article("a" + prepared.size(), "", "", "", null, text))));
        prepared.add(a);
        tokenCount += a.tokens().size();
      }
    }
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      for (AnalyzedArticle a : prepared) {
        actors.apply(tokens.apply(sentences.apply(AnalyzedArticle.of(a.article()))));
      }
      double secs = (System.nanoTime() - start) / 1e9;
      System.out.printf("sentences+tokens+actors, round %d: %,.0f tokens/s%n", round,
          tokenCount / secs);
    }
    double[] rates = new double[8];
    long mentions = 0;
    for (int round = 0; round < rates.length; round++) {
      long start = System.nanoTime();
      mentions = 0;
      for (AnalyzedArticle a : prepared) {
        mentions += actors.apply(a).actors().size();
      }
      rates[round] = tokenCount / ((System.nanoTime() - start) / 1e9);
      System.out.printf("actors only, round %d: %,.0f tokens/s%n", round, rates[round]);
    }
    java.util.Arrays.sort(rates);
    System.out.printf("actors only, median: %,.0f tokens/s (%,d tokens, %,d mentions per round)%n",
        rates[rates.length / 2], tokenCount, mentions);
  }

  private static List<String> load(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          out.add(Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    if (out.isEmpty()) {
      out.add(FALLBACK.repeat(20));
    }
    return out;
  }
}
