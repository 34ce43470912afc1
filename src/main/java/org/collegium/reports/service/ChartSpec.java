package org.collegium.reports.service;

import java.util.List;

/**
 * What a chart shows, independent of how it is drawn: a title, the axes' labels, the categories along the
 * horizontal axis (months, statuses) and one or more series of values, one value per category.
 */
public record ChartSpec(Kind kind, String title, String xLabel, String yLabel, List<String> categories,
        List<Series> series) {

    public enum Kind {
        BAR, LINE
    }

    public record Series(String name, List<? extends Number> values) {

        public Series {
            values = List.copyOf(values);
        }
    }

    public ChartSpec {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }
}
