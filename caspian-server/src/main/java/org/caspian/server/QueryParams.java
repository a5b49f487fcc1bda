package org.caspian.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads query parameters; a value that does not fit is an {@link IllegalArgumentException} naming
 * the parameter, which the server answers with 400.
 */
final class QueryParams {
  private final Context ctx;

  QueryParams(Context ctx) {
    this.ctx = ctx;
  }

  /** The trimmed value, or {@code fallback} when absent or blank. */
  String text(String name, String fallback) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? fallback : v.trim();
  }

  /** The value, which must be present. */
  String required(String name) {
    String v = text(name, null);
    if (v == null) {
      throw new IllegalArgumentException("parameter " + name + " is required");
    }
    return v;
  }

  int integer(String name, int fallback) {
    String v = text(name, null);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("parameter " + name + " must be a number, not: " + v);
    }
  }

  /** An ISO date ({@code 2025-06-27}) or null when absent. */
  LocalDate date(String name) {
    String v = text(name, null);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "parameter " + name + " must be a date as yyyy-mm-dd, not: " + v);
    }
  }

  boolean bool(String name) {
    String v = text(name, "false");
    if (v.equals("false") || v.equals("0")) {
      return false;
    }
    if (v.equals("true") || v.equals("1") || v.equals("on")) {
      return true;
    }
    throw new IllegalArgumentException("parameter " + name + " must be true or false, not: " + v);
  }

  /** Every value of a repeated parameter, each also split at commas; blanks dropped. */
  List<String> list(String name) {
    List<String> out = new ArrayList<>();
    for (String v : ctx.queryParams(name)) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }
}
