package org.caspian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caspian.bench.CorpusGenerator;
import org.caspian.model.Article;
import org.caspian.store.lucene.ReadOnlyLuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts {@code caspian ingest} in a real child JVM over a generated corpus, kills it ({@code
 * destroyForcibly}, SIGKILL) at random moments, re-runs it, and checks after every kill that all
 * the child had reported committed is still there, and at the end that the index holds exactly the
 * corpus with no duplicate and that the last run counted what earlier runs stored as unchanged.
 *
 * <p>The normal run: 600 articles, batches of 50, 3 kills. The full run (5,000 articles,
 * 20 kills, about ten minutes on two cores): {@code -Dcaspian.killtest.articles=5000
 * -Dcaspian.killtest.kills=20}; {@code -Dcaspian.killtest.seed=S} varies the moments.
 */
class KillAndResumeTest {
  private static final int ARTICLES = Integer.getInteger("caspian.killtest.articles", 600);
  private static final int KILLS = Integer.getInteger("caspian.killtest.kills", 3);
  private static final long SEED = Long.getLong("caspian.killtest.seed", 7L);
  private static final int BATCH = 50;
  private static final Pattern COMMITTED =
      Pattern.compile("committed (\\d+) items: (\\d+) added, (\\d+) unchanged, (\\d+) failed");
  private static final Pattern SUMMARY =
      Pattern.compile("(\\d+) added, (\\d+) unchanged, (\\d+) failed; (\\d+) articles");

  @TempDir Path dir;

  private Path corpus() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("corpus"));
    List<Article> articles = CorpusGenerator.create().generate(ARTICLES, SEED);
    ObjectMapper mapper = new ObjectMapper();
    int files = 6;
    for (int f = 0; f < files; f++) {
      try (BufferedWriter w = Files.newBufferedWriter(docs.resolve("part-" + f + ".jsonl"))) {
        for (int i = f; i < articles.size(); i += files) {
          Article a = articles.get(i);
          ObjectNode o = mapper.createObjectNode().put("id", a.id()).put("title", a.title())
              .put("source", a.source()).put("published", a.published().toString())
              .put("text", a.text());
          w.write(mapper.writeValueAsString(o));
          w.write('\n');
        }
      }
    }
    return docs;
  }

  /** A running child ingest and the highest committed count it has printed. */
  private static final class Child {
    final Process process;
    final AtomicInteger acknowledged = new AtomicInteger();
    final List<String> lines = new ArrayList<>();
    final Thread reader;

    Child(Process process) {
      this.process = process;
      this.reader = new Thread(this::readOutput, "child-stdout");
      reader.setDaemon(true);
      reader.start();
    }

    private void readOutput() {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          synchronized (lines) {
            lines.add(line);
          }
          Matcher m = COMMITTED.matcher(line);
          if (m.find()) {
            int durable = Integer.parseInt(m.group(2)) + Integer.parseInt(m.group(3));
            acknowledged.accumulateAndGet(durable, Math::max);
          }
        }
      } catch (IOException e) {
        // the child was killed: its output ends here
      }
    }

    List<String> lines() throws InterruptedException {
      reader.join(10_000);
      synchronized (lines) {
        return List.copyOf(lines);
      }
    }
  }

  private Child start(Path docs, Path index) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "--index", index.toString(),
        "ingest", docs.toString(), "--batch", String.valueOf(BATCH), "--progress", "batches");
    pb.redirectError(dir.resolve("child-stderr.txt").toFile());
    return new Child(pb.start());
  }

  private static long stored(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return 0;
    }
    try (ReadOnlyLuceneStore store = ReadOnlyLuceneStore.open(index)) {
      return store.count();
    } catch (IOException e) {
      if (e.getMessage().startsWith("no index in")) {
        return 0; // killed before the first commit
      }
      throw e;
    }
  }

  @Test
  void killed_ingests_lose_no_committed_batch_and_a_rerun_completes_without_duplicates()
      throws Exception {
    Path docs = corpus();
    Path index = dir.resolve("index");
    Random rnd = new Random(SEED);
    int killedMidway = 0;
    for (int k = 0; k < KILLS; k++) {
      long before = stored(index);
      Child child = start(docs, index);
      // The moment: a random time after this run's first commit of new items, so that the kill
      // lands inside the ingest however fast the machine is (a fixed delay missed every run on
      // an idle machine).
      long delay = rnd.nextInt(400);
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (child.process.isAlive() && child.acknowledged.get() <= before
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      boolean finished = child.process.waitFor(delay, TimeUnit.MILLISECONDS);
      if (!finished) {
        child.process.destroyForcibly();
        assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        killedMidway++;
      }
      child.lines();
      long after = stored(index);
      assertThat(after).as("kill %d %d ms after a commit: committed items must survive", k,
          delay)
          .isGreaterThanOrEqualTo(child.acknowledged.get())
          .isGreaterThanOrEqualTo(before)
          .isLessThanOrEqualTo(ARTICLES);
    }
    assertThat(killedMidway).as("no kill landed during an ingest").isPositive();

    long before = stored(index);
    Child last = start(docs, index);
    assertThat(last.process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    List<String> out = last.lines();
    assertThat(last.process.exitValue()).as(String.join("\n", out)).isZero();
    Matcher summary = out.stream().map(SUMMARY::matcher).filter(Matcher::find).findFirst()
        .orElseThrow(() -> new AssertionError("no summary in " + out));
    assertThat(Long.parseLong(summary.group(2))).as("unchanged = what earlier runs stored")
        .isEqualTo(before);
    assertThat(Long.parseLong(summary.group(1)) + before).isEqualTo(ARTICLES);
    assertThat(summary.group(4)).isEqualTo(String.valueOf(ARTICLES));

    try (ReadOnlyLuceneStore store = ReadOnlyLuceneStore.open(index)) {
      assertThat(store.count()).isEqualTo(ARTICLES);
      for (int i = 0; i < ARTICLES; i++) {
        assertThat(store.get("bench-" + i)).as("bench-%d", i).isPresent();
      }
    }
  }

  @Test
  void a_polite_stop_commits_what_was_read_and_says_so() throws Exception {
    Path docs = corpus();
    Path index = dir.resolve("index");
    Child child = start(docs, index);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (child.acknowledged.get() == 0 && child.process.isAlive()
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(child.process.isAlive()).as("still ingesting after its first batch").isTrue();
    // SIGTERM takes the same shutdown path as Ctrl-C (SIGINT). Through the handle, unlike
    // Process.destroy(), which would also close the pipe the child prints its summary to.
    assertThat(child.process.toHandle().destroy()).isTrue();
    assertThat(child.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> out = child.lines();
    assertThat(out).as("exit %d, stderr %s", child.process.exitValue(),
        Files.readString(dir.resolve("child-stderr.txt")))
        .anyMatch(l -> l.startsWith("stopped before the end"));
    Matcher summary = out.stream().map(SUMMARY::matcher).filter(Matcher::find).findFirst()
        .orElseThrow(() -> new AssertionError("no summary in " + out));
    long added = Long.parseLong(summary.group(1));
    assertThat(added).isLessThan(ARTICLES).isGreaterThanOrEqualTo(child.acknowledged.get());
    assertThat(stored(index)).as("everything counted was committed").isEqualTo(added);
  }
}
