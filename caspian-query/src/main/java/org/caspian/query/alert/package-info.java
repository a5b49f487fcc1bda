/**
 * Alerts: saved full-text queries matched against articles that arrive after the alert was saved,
 * and dyad escalation alerts from the escalation rule; kept in an embedded H2 MVStore file, read
 * out as JSON records or an Atom feed. Entry point: {@link org.caspian.query.alert.AlertService}.
 */
package org.caspian.query.alert;
