/**
 * Hand-made analysed articles with known events, shared with the query and server tests through
 * this module's test jar.
 */
package org.caspian.store.testing;
