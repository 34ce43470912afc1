package org.collegium.reports.service;

/**
 * One kind of income the income report adds up. Each source is a SQL select over its own tables that gives, for
 * the payments received between :from and :to (both days included, DATE, the society's calendar days), the columns
 * <pre>
 *   paid_on      DATE            the day it was received
 *   amount       DECIMAL(10,2)   how much
 *   payments     BIGINT          how many payments the row stands for: 1 for a row per payment, or more when the
 *                                source sums its payments by day and category first (fewer rows to join and add)
 *   source       VARCHAR         the kind of income, e.g. 'Dues', 'Event registrations'
 *   category     VARCHAR         what it was for, e.g. the membership type or the event's title
 *   affiliate_id BIGINT or NULL  the affiliate it belongs to, for an affiliate administrator's scope
 * </pre>
 * {@link IncomeReports} puts every source's select together with UNION ALL and sums the result in one query (the
 * columns in this order), so
 * a new source (event registrations, when events record their payments) is one more Spring bean implementing this
 * interface and nothing else changes. Filter on :from and :to inside the select so that the source's date index
 * is used. A source whose payments are stored instants (UTC DATETIME) filters on :start and :end instead, the first
 * instant of :from and the first after :to in the society's time zone (as stored, UTC), and gives as paid_on the
 * local day, {@code local.date(column)}: received on the society's calendar day, not the UTC one.
 */
public interface IncomeSource {

    /** The label of this source in the report ("Dues"). */
    String name();

    /** The select described above; local converts an instant column to the society's time over the range. */
    String select(LocalTimeSql local);

    /**
     * Only the amounts of {@link #select}'s rows, with their affiliate (columns amount, affiliate_id): what a total
     * (the home page's income this month and year) adds up. A source may read a coarser summary here, given the same
     * range split by {@link UtcLevels} (bound as :lv_*); by default, its select.
     */
    default String amounts(LocalTimeSql local) {
        return "select a.amount, a.affiliate_id from (" + select(local) + ") a";
    }
}
