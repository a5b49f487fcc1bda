/**
 * Outlets: the country each is based in and the country whose side it speaks for, for the search
 * facets and filters ({@link org.caspian.query.outlet.OutletDirectory}).
 */
package org.caspian.query.outlet;
