package org.collegium.credentials.service;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Credential settings (collegium.credentials.*).
 *
 * @param reminderDays how many days before a cycle ends a member who is short is reminded (each point once per
 *        cycle), e.g. 90,30
 */
@ConfigurationProperties("collegium.credentials")
public record CredentialProperties(@DefaultValue({"90", "30"}) List<Integer> reminderDays) {

    public CredentialProperties {
        reminderDays = reminderDays == null ? List.of() : reminderDays.stream().filter(d -> d != null && d >= 0)
                .distinct().sorted().toList();
    }
}
