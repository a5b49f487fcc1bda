package org.caspian.ingest.watch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The feeds to watch: one {@code http} or {@code https} URL per line; blank lines and everything
 * after a {@code #} are ignored; duplicates are read once. A bad line is reported with its number
 * and skipped.
 */
public final class FeedList {

  /** Reads {@code file}; each bad line goes to {@code errors} as "file:line: reason". */
  public List<URI> read(Path file, Consumer<String> errors) throws IOException {
    Set<URI> out = new LinkedHashSet<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      String url = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (url.isEmpty()) {
        continue;
      }
      try {
        URI u = new URI(url);
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
          errors.accept(file + ":" + (i + 1) + ": not an http(s) URL: '" + url + "'");
        } else {
          out.add(u);
        }
      } catch (URISyntaxException e) {
        errors.accept(file + ":" + (i + 1) + ": not a URL: '" + url + "'");
      }
    }
    return new ArrayList<>(out);
  }
}
