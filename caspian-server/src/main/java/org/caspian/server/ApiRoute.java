package org.caspian.server;

import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;

/**
 * An API route with its documentation: the single source both the router and {@code
 * /openapi.json} are built from, so no route goes undocumented.
 *
 * @param method "GET" or "POST"
 * @param path Javalin path, with {@code {name}} path parameters (the OpenAPI form too)
 * @param summary one line
 * @param role "reader" or "admin": the role needed when auth is on
 * @param params every parameter it reads; any other query parameter is refused with 400
 * @param responses status code to description, besides the common 400/401/403/500
 * @param handler what answers
 */
record ApiRoute(String method, String path, String summary, String role, List<ApiParam> params,
    Map<Integer, String> responses, Handler handler) {
  ApiRoute {
    params = List.copyOf(params);
    responses = Map.copyOf(responses);
  }
}
