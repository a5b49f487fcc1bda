package org.caspian.ingest.outlet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable set of outlets with lookups by domain (a subdomain finds its parent's outlet), by
 * name or alias (compared as {@link OutletNames#key}) and by Telegram channel.
 *
 * <pre>{@code
 * OutletRegistry r = OutletRegistry.builtIn().with(OutletRegistry.parse(userFile, errors));
 * r.byDomain("en.trend.az"); // Trend
 * }</pre>
 */
public final class OutletRegistry {
  private static final String BUILT_IN = "outlets.tsv";

  private final Map<String, Outlet> byId;
  private final Map<String, Outlet> byDomain = new HashMap<>();
  private final Map<String, Outlet> byName = new HashMap<>();
  private final Map<String, Outlet> byChannel = new HashMap<>();

  private OutletRegistry(Collection<Outlet> outlets) {
    byId = new LinkedHashMap<>();
    for (Outlet o : outlets) {
      byId.put(o.id(), o);
    }
    // Later entries (a user's file) win over earlier ones for domains and channels; for names the
    // outlet's own name wins over another's alias.
    for (Outlet o : byId.values()) {
      o.domains().forEach(d -> byDomain.put(d, o));
      o.telegram().forEach(t -> byChannel.put(t, o));
    }
    for (Outlet o : byId.values()) {
      for (String a : o.aliases()) {
        byName.put(OutletNames.key(a), o);
      }
      for (String d : o.domains()) {
        byName.putIfAbsent(OutletNames.key(d), o);
      }
    }
    for (Outlet o : byId.values()) {
      byName.put(OutletNames.key(o.name()), o);
    }
    byName.remove("");
  }

  /** A registry of exactly these outlets (a later one with the same id replaces an earlier). */
  public static OutletRegistry of(Collection<Outlet> outlets) {
    return new OutletRegistry(outlets);
  }

  /** The registry shipped with Caspian ({@code outlets.tsv}, see its NOTICE). */
  public static OutletRegistry builtIn() {
    try (InputStream in = OutletRegistry.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("built-in outlet registry missing: " + BUILT_IN);
      }
      OutletFileParser.Parsed p = new OutletFileParser()
          .parse(BUILT_IN, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      if (!p.errors().isEmpty()) {
        throw new IllegalStateException("built-in outlet registry: " + p.errors().get(0));
      }
      return new OutletRegistry(p.outlets());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in outlet registry", e);
    }
  }

  /**
   * Reads a user's registry file; each bad line (and an unreadable file) adds a one-line error to
   * {@code errors} and is skipped.
   */
  public static List<Outlet> read(Path file, List<String> errors) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text = StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      OutletFileParser.Parsed p = new OutletFileParser().parse(file.toString(), text);
      errors.addAll(p.errors());
      return p.outlets();
    } catch (CharacterCodingException e) {
      errors.add(file + ": not UTF-8 text");
    } catch (IOException e) {
      errors.add(file + ": cannot read: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()));
    }
    return List.of();
  }

  /** This registry with {@code more} added; an outlet with an existing id replaces it. */
  public OutletRegistry with(Collection<Outlet> more) {
    List<Outlet> all = new ArrayList<>(byId.values());
    all.addAll(more);
    return new OutletRegistry(all);
  }

  /** Every outlet, in registry order. */
  public Collection<Outlet> outlets() {
    return byId.values();
  }

  /** The outlet with this id. */
  public Optional<Outlet> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The outlet publishing under {@code host} or its nearest parent domain. */
  public Optional<Outlet> byDomain(String host) {
    if (host == null || host.isEmpty()) {
      return Optional.empty();
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    while (true) {
      Outlet o = byDomain.get(h);
      if (o != null) {
        return Optional.of(o);
      }
      int dot = h.indexOf('.');
      if (dot < 0 || h.indexOf('.', dot + 1) < 0) {
        return Optional.empty(); // never match a bare top-level domain
      }
      h = h.substring(dot + 1);
    }
  }

  /** The outlet with this name, alias, or domain written as a name ("Report.az"). */
  public Optional<Outlet> byName(String name) {
    return Optional.ofNullable(byName.get(OutletNames.key(name)));
  }

  /** The outlet with this Telegram channel ({@code @} optional, any case). */
  public Optional<Outlet> byTelegram(String channel) {
    if (channel == null) {
      return Optional.empty();
    }
    String c = channel.startsWith("@") ? channel.substring(1) : channel;
    return Optional.ofNullable(byChannel.get(c.toLowerCase(Locale.ROOT)));
  }
}
