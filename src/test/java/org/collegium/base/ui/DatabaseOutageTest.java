package org.collegium.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.collegium.accounts.domain.Role;
import org.collegium.base.config.EmbeddedMariaDb;
import org.collegium.base.service.AuditService;
import org.collegium.base.service.AuditService.AuditFilter;
import org.collegium.base.service.DatabaseOutage;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.base.service.SocietySettingsService.Settings;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The whole application (the context every integration test shares), whose embedded MariaDB the test stops and
 * starts again underneath it: within 5 seconds every kind of request says the portal is temporarily unavailable (a
 * service call, a view action's notification, opening a page, signing in); within 5 seconds of the database's
 * return everything works again without a restart, and what had been committed is still there. Against an external
 * database ({@code SPRING_DATASOURCE_URL}), which a test cannot stop, it is skipped.
 */
@IntegrationTest
class DatabaseOutageTest extends SpringBrowserlessTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(5);

    @Autowired ObjectProvider<EmbeddedMariaDb> embedded;
    @Autowired SocietySettingsService settings;
    @Autowired AuditService audit;
    @Autowired UserDetailsService accounts;
    @Autowired AuthenticationFailureHandler loginFailures;
    @Autowired Roles roles;

    @AfterEach
    void signOut() {
        roles.clear();
    }

    @Test
    void anOutageIsToldWithinSecondsAndThePortalRecoversWithinSecondsWithNothingCommittedLost() throws Exception {
        EmbeddedMariaDb db = embedded.getIfAvailable();
        assumeTrue(db != null, "the run's database is an external one, which this test cannot stop");
        roles.actAs("admin@example.org", Role.ADMIN);
        Settings before = settings.current();
        String committed = "Outage Society " + UUID.randomUUID();
        Settings saved = settings.update(committed, before.timeZone().getId(), before.version());
        try {
            outageAndRecovery(db, committed, saved);
        } finally {
            // the other tests' society again
            settings.update(before.societyName(), before.timeZone().getId(), settings.current().version());
        }
    }

    private void outageAndRecovery(EmbeddedMariaDb db, String committed, Settings saved) throws Exception {
        long auditEntries = audit.count(new AuditFilter(null, null, null));

        db.stop();
        try {
            // a service call: a read and a write both fail fast, as an outage
            assertOutageWithin(PROMPTLY, () -> audit.count(new AuditFilter(null, null, null)));
            assertOutageWithin(PROMPTLY, () -> settings.update("Not saved", "UTC", saved.version()));

            // a view action's error: the notification says it plainly
            Throwable failed = timed(() -> settings.current());
            new FriendlyErrorHandler().handle(new ErrorEvent(failed));
            assertThat($(Notification.class).all()).extracting(n -> test(n).getText())
                    .contains(DatabaseOutage.message());

            // opening a page: the page itself says so, with 503, never Vaadin's error view or a stack trace
            long opening = System.nanoTime();
            UI.getCurrent().navigate(SettingsView.class);
            assertThat(Duration.ofNanos(System.nanoTime() - opening)).isLessThan(PROMPTLY);
            assertThat(getCurrentView()).isInstanceOf(ErrorView.class);
            assertThat($(H1.class).all()).extracting(H1::getText).contains("Temporarily unavailable");
            assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains(DatabaseOutage.message());

            // signing in: the account cannot be looked up, and the answer is the 503 page, not "wrong password"
            Throwable lookup = timed(() -> accounts.loadUserByUsername("board@example.org"));
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
            request.setParameter("username", "board@example.org");
            MockHttpServletResponse response = new MockHttpServletResponse();
            loginFailures.onAuthenticationFailure(request, response,
                    new InternalAuthenticationServiceException(lookup.getMessage(), lookup));
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getContentAsString()).contains("nothing was saved");
        } finally {
            db.restart();
        }

        await().atMost(PROMPTLY).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .untilAsserted(() -> assertThat(settings.current().societyName()).isEqualTo(committed));
        assertThat(audit.count(new AuditFilter(null, null, null))).as("nothing committed was lost")
                .isEqualTo(auditEntries);
    }

    /** The call fails within the time allowed, and the failure is classified as an outage. */
    private static Throwable assertOutageWithin(Duration allowed, Callable<?> call) {
        long start = System.nanoTime();
        Throwable error = catchThrowable(call::call);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(error).as("the call fails while the database is down").isNotNull();
        assertThat(DatabaseOutage.causedBy(error)).as("classified as an outage: %s", error).isTrue();
        assertThat(took).as("failed within %s", allowed).isLessThan(allowed);
        return error;
    }

    private static Throwable timed(Callable<?> call) {
        return assertOutageWithin(PROMPTLY, call);
    }
}
