/**
 * The analyst's views behind one interface, as {@link org.caspian.query.CorpusQueries} is for
 * search and reading: the dyad timeline with escalation markers and modality filters, stories
 * told by each side, framing comparisons, the actor network, alerts, ACH matrices and briefs.
 * {@link org.caspian.query.workbench.Workbench} is what the server depends on; {@link
 * org.caspian.query.workbench.LuceneWorkbench} serves it from the embedded index and a workspace
 * folder.
 */
package org.caspian.query.workbench;
