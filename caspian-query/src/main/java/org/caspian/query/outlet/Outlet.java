package org.caspian.query.outlet;

/**
 * What is known of one outlet.
 *
 * @param name the name articles carry
 * @param country ISO alpha-3 country it is based in
 * @param side ISO alpha-3 country whose side it speaks for
 */
public record Outlet(String name, String country, String side) {}
