/**
 * The HTTP service: {@link org.zhsearch.server.ZhsearchServer} serves the JSON API, the search page and the
 * admin endpoints over one open {@link org.zhsearch.ZhSearch}, configured by
 * {@link org.zhsearch.server.ServerSettings}. Everything else in this package is internal.
 *
 * <p>Routes are registered up front in {@code Javalin.create(config -> …)}, handlers are method references on
 * small classes ({@code SearchRoutes}, {@code ArticleRoutes}, {@code StatusRoutes}, {@code AdminRoutes}), and
 * every failure becomes a JSON {@code {"error","message"}} body in {@code ErrorMapping}. The OpenAPI document
 * ({@code openapi.json}) and the page ({@code public/index.html}, {@code app.js}, {@code app.css}) are resources
 * next to these classes; {@code OpenApiTest} fails when a registered route is missing from the document.
 */
package org.zhsearch.server;
