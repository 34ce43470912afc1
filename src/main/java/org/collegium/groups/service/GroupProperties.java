package org.collegium.groups.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Peer-group settings (collegium.groups.*).
 *
 * @param weeksAhead how far ahead weekly sessions are generated
 * @param invitationLead how long before a session its invitation (with that week's link) is emailed
 * @param joinOpensBefore how long before the start members may open the meeting link in the portal
 */
@ConfigurationProperties("collegium.groups")
public record GroupProperties(@DefaultValue("8") int weeksAhead, @DefaultValue("PT4H") Duration invitationLead,
        @DefaultValue("PT30M") Duration joinOpensBefore) {
}
