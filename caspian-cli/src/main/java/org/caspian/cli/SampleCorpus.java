package org.caspian.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.caspian.ingest.IngestResult;
import org.caspian.ingest.TextFileReader;

/** The built-in sample corpus, read from the classpath ({@code org/caspian/sample/index.txt}). */
final class SampleCorpus {
  private static final String BASE = "/org/caspian/sample/";

  /** Names of the sample files. */
  List<String> names() throws IOException {
    List<String> names = new ArrayList<>();
    try (InputStream in = open("index.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.add(line.strip());
        }
      }
    }
    return names;
  }

  /** Reads every sample article into {@code sink}. */
  void read(Consumer<IngestResult> sink) throws IOException {
    TextFileReader reader = new TextFileReader();
    for (String name : names()) {
      try (InputStream in = open(name)) {
        sink.accept(reader.parse("sample:" + name,
            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = SampleCorpus.class.getResourceAsStream(BASE + name);
    if (in == null) {
      throw new IOException("sample corpus file missing from the classpath: " + BASE + name);
    }
    return in;
  }
}
