package org.caspian.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders the page templates. They are compiled to Java classes at build time (jte, from {@code
 * src/main/jte}) and loaded from the class path: no template parsing or class generation at run
 * time. Output is HTML-escaped unless a template says {@code $unsafe}.
 */
final class Templates {
  private static final String PACKAGE = "org.caspian.server.templates";

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
      Templates.class.getClassLoader(), PACKAGE);

  /** Renders {@code name} ("search.jte") with {@code view} as its single parameter. */
  String render(String name, Object view) {
    StringOutput out = new StringOutput();
    engine.render(name, view, out);
    return out.toString();
  }

  /** Answers the request with the rendered page. */
  void send(Context ctx, int status, String name, Object view) {
    String html = render(name, view);
    ctx.status(status);
    ctx.html(html);
  }
}
