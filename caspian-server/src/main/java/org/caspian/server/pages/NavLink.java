package org.caspian.server.pages;

/**
 * A link of the navigation or of a list of choices.
 *
 * @param label what it says
 * @param href where it goes
 * @param active true for the current page or a chosen value
 */
public record NavLink(String label, String href, boolean active) {}
