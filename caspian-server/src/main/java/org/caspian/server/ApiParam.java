package org.caspian.server;

/**
 * One documented parameter of an API route.
 *
 * @param name as in the URL
 * @param in "query" or "path"
 * @param type JSON schema type: "string", "integer", "boolean"
 * @param format JSON schema format ("date") or null
 * @param required true when the route refuses to answer without it
 * @param description what it does
 */
record ApiParam(String name, String in, String type, String format, boolean required,
    String description) {

  static ApiParam query(String name, String type, String description) {
    return new ApiParam(name, "query", type, null, false, description);
  }

  static ApiParam required(String name, String type, String description) {
    return new ApiParam(name, "query", type, null, true, description);
  }

  static ApiParam date(String name, String description) {
    return new ApiParam(name, "query", "string", "date", false, description);
  }

  static ApiParam path(String name, String description) {
    return new ApiParam(name, "path", "string", null, true, description);
  }
}
