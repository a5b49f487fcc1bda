package org.caspian.query.alert;

import java.time.LocalDate;

/**
 * Something an alert found.
 *
 * @param alertId the alert
 * @param alertName its name
 * @param key what was found, unique per alert: an article id, or "dyad period" for escalations
 * @param title an article's headline, or the escalation's summary
 * @param outlet the article's outlet, "" for escalations
 * @param published the article's date, or the first day of the escalated period
 * @param url the article's address, "" for escalations
 * @param found ISO-8601 instant of the check that found it
 */
public record AlertHit(String alertId, String alertName, String key, String title, String outlet,
    LocalDate published, String url, String found) {}
