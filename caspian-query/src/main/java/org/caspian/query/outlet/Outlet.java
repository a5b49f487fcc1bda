package org.caspian.query.outlet;

/**
 * What is known of one outlet.
 *
 * @param name the name articles carry
 * @param country ISO alpha-3 country it is based in or owned from
 * @param side "state", "private" or "foreign" (see {@link OutletDirectory})
 */
public record Outlet(String name, String country, String side) {}
