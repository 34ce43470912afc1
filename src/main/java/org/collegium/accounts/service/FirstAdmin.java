package org.collegium.accounts.service;

import java.util.EnumSet;
import org.collegium.base.service.OpenAccess;
import org.collegium.accounts.domain.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** In production: creates the first administrator from COLLEGIUM_ADMIN_EMAIL / COLLEGIUM_ADMIN_PASSWORD. */
@Component
@Profile("prod")
@OpenAccess(reason = "system bootstrap: runs once at startup, before anyone signs in")
public class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountBootstrap bootstrap;
    private final String email;
    private final String password;

    public FirstAdmin(AccountBootstrap bootstrap, @Value("${collegium.admin.email:}") String email,
            @Value("${collegium.admin.password:}") String password) {
        this.bootstrap = bootstrap;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (bootstrap.hasEnabledAdmin()) {
            return;
        }
        if (email.isBlank() || password.isBlank()) {
            log.warn("No administrator account exists yet. Set COLLEGIUM_ADMIN_EMAIL and COLLEGIUM_ADMIN_PASSWORD "
                    + "and restart to create the first one.");
            return;
        }
        if (bootstrap.ensureAccount(email, "Administrator", password, EnumSet.of(Role.ADMIN))) {
            log.info("Created the first administrator account {}", email);
        }
    }
}
