package org.caspian.server.pages;

/**
 * A page that only says something: not found, login.
 *
 * @param frame the layout
 * @param heading the heading
 * @param message the text
 * @param next for the login page, where to go after it; else empty
 */
public record MessageView(PageFrame frame, String heading, String message, String next) {}
