package org.caspian.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.caspian.server.auth.AccessGuard;
import org.caspian.server.auth.AuthSettings;
import org.caspian.server.auth.TokenRole;

/** Who am I, and (admin only) making tokens over HTTP. */
final class TokenApi {
  private final AuthSettings auth;

  TokenApi(AuthSettings auth) {
    this.auth = auth;
  }

  List<ApiRoute> routes() {
    return List.of(
        new ApiRoute("GET", "/api/whoami", "The role this request acts with", "reader",
            List.of(), Map.of(200, "{auth, role}"), this::whoami),
        new ApiRoute("POST", "/api/tokens", "Make a token (admin only)", "admin",
            List.of(ApiParam.required("role", "string", "reader or admin")),
            Map.of(201, "{token, role}: the token is shown only this once",
                409, "the server keeps no token file"),
            this::issue));
  }

  void whoami(Context ctx) {
    ObjectNode o = JsonOut.object();
    o.put("auth", auth.enabled());
    TokenRole role = ctx.attribute(AccessGuard.ROLE);
    o.put("role", role == null ? null : role.label());
    JsonOut.send(ctx, 200, o);
  }

  void issue(Context ctx) throws IOException {
    TokenRole role = TokenRole.parse(new QueryParams(ctx).required("role"));
    if (auth.tokens() == null) {
      JsonOut.error(ctx, 409, "this server keeps no token file; use 'caspian token'");
      return;
    }
    ObjectNode o = JsonOut.object();
    o.put("token", auth.tokens().issue(role));
    o.put("role", role.label());
    JsonOut.send(ctx, 201, o);
  }
}
