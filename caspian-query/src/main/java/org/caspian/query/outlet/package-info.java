/**
 * Outlets: the country each is based in and its side (state, private, foreign), for the search
 * facets and filters ({@link org.caspian.query.outlet.OutletDirectory}).
 */
package org.caspian.query.outlet;
