/**
 * Outlet framing comparison: which words distinguish one outlet (or one side's outlets) from
 * another, scored by weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi and
 * Quinn 2008, "Fightin' Words"), each term with the sentences it occurs in. Outlets map to sides
 * through {@link org.caspian.query.framing.OutletSides}.
 */
package org.caspian.query.framing;
