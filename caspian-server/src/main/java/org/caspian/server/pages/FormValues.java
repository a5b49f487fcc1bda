package org.caspian.server.pages;

import java.util.Map;

/**
 * The values a page's form was sent with, to fill it again (the templates escape them).
 *
 * @param values parameter name to its (first) value
 */
public record FormValues(Map<String, String> values) {
  public FormValues {
    values = Map.copyOf(values);
  }

  /** The value of {@code name}, "" when absent. */
  public String v(String name) {
    return values.getOrDefault(name, "");
  }

  /** Whether {@code name} has the value {@code value} (for selected options and checkboxes). */
  public boolean is(String name, String value) {
    return v(name).equalsIgnoreCase(value);
  }
}
