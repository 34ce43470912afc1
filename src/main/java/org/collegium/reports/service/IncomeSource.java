package org.collegium.reports.service;

/**
 * One kind of income the income report adds up. Each source is a SQL select over its own tables that gives, for
 * every payment received between :from and :to (both days included), the columns
 * <pre>
 *   paid_on      DATE            the day it was received
 *   amount       DECIMAL(10,2)   how much
 *   source       VARCHAR         the kind of income, e.g. 'Dues', 'Event registrations'
 *   category     VARCHAR         what it was for, e.g. the membership type or the event's title
 *   affiliate_id BIGINT or NULL  the affiliate it belongs to, for an affiliate administrator's scope
 * </pre>
 * {@link IncomeReports} puts every source's select together with UNION ALL and sums the result in one query, so
 * a new source (event registrations, when events record their payments) is one more Spring bean implementing this
 * interface and nothing else changes. Filter on :from and :to inside the select so that the source's date index
 * is used.
 */
public interface IncomeSource {

    /** The label of this source in the report ("Dues"). */
    String name();

    /** The select described above. */
    String select();
}
