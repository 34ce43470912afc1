package org.collegium.dashboard.service;

/**
 * One figure on a person's home page: a title, the figure, a line saying what it means, and where to go for more
 * (a route such as "reports/renewals", or null). Cards are shown by {@link #order()}, lowest first.
 */
public record HomeCard(int order, String title, String figure, String caption, String route) {
}
