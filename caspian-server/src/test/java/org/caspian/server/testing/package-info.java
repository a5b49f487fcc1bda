/** Test fixtures shared by the server's tests and the CLI's browser test. */
package org.caspian.server.testing;
