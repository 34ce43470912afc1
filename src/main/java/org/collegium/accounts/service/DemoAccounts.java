package org.collegium.accounts.service;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.collegium.base.service.OpenAccess;
import org.collegium.accounts.domain.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Outside production: one demo account per role, all with the same documented password. */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "collegium.demo.enabled", matchIfMissing = true)
@Order(10)
@OpenAccess(reason = "system bootstrap: runs once at startup, before anyone signs in")
public class DemoAccounts implements ApplicationRunner {

    public static final String PASSWORD = "collegium-demo";

    /** An affiliate administrator who is not a member: sees exactly what the roles matrix gives that role. */
    public static final String AFFILIATE_ONLY = "affiliate-only@example.org";

    /**
     * A facilitator who is not a member: their login is tied to a record in the society's books (a group's
     * facilitator is a person record), with no membership on it and no MEMBER role.
     */
    public static final String FACILITATOR_ONLY = "facilitator-only@example.org";

    /** email → (name, role); the README and the startup banner list these. */
    public static final Map<String, Map.Entry<String, Role>> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("admin@example.org", Map.entry("Avery Admin", Role.ADMIN));
        ACCOUNTS.put("board@example.org", Map.entry("Blair Board", Role.BOARD));
        ACCOUNTS.put("officer@example.org", Map.entry("Oakley Officer", Role.OFFICER));
        ACCOUNTS.put("affiliate@example.org", Map.entry("Alex Affiliate", Role.AFFILIATE_ADMIN));
        ACCOUNTS.put("facilitator@example.org", Map.entry("Finley Facilitator", Role.FACILITATOR));
        ACCOUNTS.put("member@example.org", Map.entry("Morgan Member", Role.MEMBER));
        ACCOUNTS.put(AFFILIATE_ONLY, Map.entry("Ari Affiliate-only", Role.AFFILIATE_ADMIN));
        ACCOUNTS.put(FACILITATOR_ONLY, Map.entry("Fran Facilitator-only", Role.FACILITATOR));
    }

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountBootstrap bootstrap;

    public DemoAccounts(AccountBootstrap bootstrap) {
        this.bootstrap = bootstrap;
    }

    @Override
    public void run(ApplicationArguments args) {
        ACCOUNTS.forEach((email, person) -> {
            EnumSet<Role> roles = EnumSet.of(person.getValue());
            if ((person.getValue() == Role.FACILITATOR || person.getValue() == Role.AFFILIATE_ADMIN)
                    && !email.equals(AFFILIATE_ONLY) && !email.equals(FACILITATOR_ONLY)) {
                roles.add(Role.MEMBER); // facilitators and affiliate admins are members too
            }
            bootstrap.ensureAccount(email, person.getKey(), PASSWORD, roles);
        });
        StringBuilder list = new StringBuilder();
        ACCOUNTS.forEach((email, person) -> list.append(String.format("%n    %-26s %s", email,
                person.getValue().label())));
        log.info("Demo accounts (password for all: {}):{}", PASSWORD, list);
    }
}
