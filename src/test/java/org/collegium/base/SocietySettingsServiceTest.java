package org.collegium.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.base.service.SocietySettingsService.Settings;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The society's name and time zone, and dates shown in that zone. */
@IntegrationTest
class SocietySettingsServiceTest {

    @Autowired SocietySettingsService settings;
    @Autowired Roles roles;
    @Autowired SocietyClock societyClock;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    private Settings original;

    @BeforeEach
    void remember() {
        roles.actAs("admin@example.org", Role.ADMIN);
        original = settings.current();
    }

    @AfterEach
    void restore() {
        Settings now = settings.current();
        settings.update(original.societyName(), original.timeZone().getId(), now.version());
        roles.clear();
        clock.reset();
    }

    @Test
    void theDefaultZoneIsNewYorkAndDatesAreShownInIt() {
        assertThat(original.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        clock.set(Instant.parse("2026-11-24T03:30:00Z")); // still the 23rd in New York
        assertThat(societyClock.today()).hasToString("2026-11-23");
        assertThat(societyClock.format(clock.instant())).contains("Nov 23, 2026").contains("10:30");
    }

    @Test
    void anAdministratorChangesNameAndZone() {
        Settings changed = settings.update("  Carolinas Society  ", "America/Chicago", original.version());
        assertThat(changed.societyName()).isEqualTo("Carolinas Society");
        assertThat(settings.current().timeZone()).isEqualTo(ZoneId.of("America/Chicago"));
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> settings.update("", "UTC", original.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("name is required");
        assertThatThrownBy(() -> settings.update("Name", "Mars/Olympus", original.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("not a time zone");
        assertThatThrownBy(() -> settings.update("Name", "UTC", original.version() - 1))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(settings.current()).isEqualTo(original);
    }

    @Test
    void aSaveIsSeenAtOnceThoughTheSettingsAreKeptInMemory() {
        settings.current();
        settings.update("Seen At Once", "America/Denver", original.version());
        assertThat(settings.current().societyName()).isEqualTo("Seen At Once");
        assertThat(societyClock.zone()).isEqualTo(ZoneId.of("America/Denver"));
    }

    @Test
    void aTransactionThatBeganBeforeASaveSeesIt() throws Exception {
        settings.current();
        String seen = transactions.execute(status -> {
            jdbc.queryForObject("select count(*) from society_settings", Long.class); // its snapshot begins here
            settings.current();
            Thread saver = Thread.ofPlatform().start(() -> {
                roles.actAs("admin@example.org", Role.ADMIN);
                try {
                    settings.update("Saved Meanwhile", "UTC", original.version());
                } finally {
                    roles.clear();
                }
            });
            try {
                saver.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return settings.current().societyName();
        });
        assertThat(seen).isEqualTo("Saved Meanwhile");
        assertThat(settings.current().timeZone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void aSaveThatIsRolledBackIsForgotten() {
        settings.current();
        transactions.executeWithoutResult(status -> {
            settings.update("Rolled Back", "Europe/Madrid", original.version());
            assertThat(settings.current().societyName()).as("inside its own transaction").isEqualTo("Rolled Back");
            status.setRollbackOnly();
        });
        assertThat(settings.current()).isEqualTo(original);
    }
}
