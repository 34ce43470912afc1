package org.collegium.dashboard.service;

import java.util.List;

/**
 * The extension point of the home page: every Spring bean implementing this contributes cards, and decides from
 * the signed-in person's roles which (the services it calls check their own rights too). The home view knows no
 * feature; a feature adds its figures by adding a provider in its own service package.
 *
 * <p>Orders in use and reserved, so cards come in the order a person needs them:
 * <ul>
 * <li>10-19 membership: the member's own status (members), members at a glance (officers, board)</li>
 * <li>20-29 applications waiting (board, affiliate administrators)</li>
 * <li>30-39 renewals due this month (board, officers, affiliate administrators)</li>
 * <li>40-49 income (officers, board)</li>
 * <li><b>50-59 reserved for events</b>: upcoming events with their fill (board, affiliate administrators), a
 * member's next registrations (members) — an {@code UpcomingEventsCards} provider in events/service</li>
 * <li><b>60-69 reserved for peer groups</b>: a facilitator's next sessions and open join requests, a member's
 * groups — a {@code GroupCards} provider in groups/service</li>
 * <li><b>70-79 reserved for CE</b>: a member's CE hours this year</li>
 * </ul>
 */
public interface HomeCardProvider {

    /** The cards for the signed-in person; empty when this provider has nothing for them. */
    List<HomeCard> cards();
}
