package org.collegium.reports.service;

import java.util.List;

/**
 * The rows of a report, read a page at a time: a grid asks for the page it shows, a download for every page in
 * turn, so both see the same rows in the same order. Each row holds one cell per column, in column order.
 */
public interface ReportRows {

    List<ReportColumn> columns();

    long count();

    List<List<Object>> page(int offset, int limit);
}
