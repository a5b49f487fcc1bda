/**
 * Storage shared by the workspace features (ACH matrices, alerts): an embedded H2 MVStore file
 * whose maps hold records as JSON. Entry point: {@link org.caspian.query.workspace.JsonMapFile}.
 */
package org.caspian.query.workspace;
