package org.collegium.base.config;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.DemoAccounts;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * /actuator through the portal's security: the health probes answer anyone, Prometheus and the rest only an
 * administrator (HTTP Basic or a signed-in session), and the scrape has the outbox's and every job's meters.
 */
@IntegrationTest
class ManagementEndpointsTest {

    @Autowired WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void theHealthProbesArePublicAndUpOnceStarted(String probe) throws Exception {
        mvc.perform(get(probe)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void readinessIncludesTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health/readiness").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.readinessState.status").value("UP"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/prometheus", "/actuator/metrics", "/actuator/info"})
    void everythingElseNeedsAnAdministrator(String endpoint) throws Exception {
        mvc.perform(get(endpoint)).andExpect(status().isUnauthorized());
        mvc.perform(get(endpoint).with(httpBasic("member@example.org", DemoAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get(endpoint).with(user("board@example.org").authorities(authority(Role.BOARD))))
                .andExpect(status().isForbidden());
        mvc.perform(get(endpoint).with(httpBasic("admin@example.org", "a-wrong-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anAdministratorScrapesTheOutboxPoolAndJobMetricsByHttpBasicOrSession() throws Exception {
        String scrape = mvc.perform(get("/actuator/prometheus")
                        .with(httpBasic("admin@example.org", DemoAccounts.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(scrape)
                .contains("collegium_outbox_messages{state=\"queued\"}")
                .contains("collegium_outbox_messages{state=\"retrying\"}")
                .contains("collegium_outbox_messages{state=\"failed\"}")
                .contains("hikaricp_connections_active")
                .contains("jvm_memory_used_bytes");
        for (String job : new String[] {"outbox-delivery", "renewal-reminders", "member-status",
                "group-invitations", "group-sessions"}) {
            org.assertj.core.api.Assertions.assertThat(scrape)
                    .contains("collegium_job_runs_seconds_count{job=\"" + job + "\"")
                    .contains("collegium_job_last_run_seconds{job=\"" + job + "\"}");
        }
        mvc.perform(get("/actuator/prometheus").with(admin())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("collegium_job_runs_seconds")));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return user("admin@example.org").authorities(authority(Role.ADMIN));
    }

    private static SimpleGrantedAuthority authority(Role role) {
        return new SimpleGrantedAuthority(role.authority());
    }
}
