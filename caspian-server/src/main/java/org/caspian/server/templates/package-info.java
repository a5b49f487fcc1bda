/**
 * The page templates as Java classes, generated at build time by the jte Maven plugin from {@code
 * src/main/jte}; the views they render are in {@link org.caspian.server.pages}.
 */
package org.caspian.server.templates;
