package org.collegium.accounts.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.collegium.base.service.EmailAddress;
import jakarta.annotation.security.PermitAll;
import org.collegium.base.service.OpenAccess;
import org.springframework.stereotype.Component;

/**
 * Slows repeated failed sign-ins instead of locking accounts, so that nobody can lock anyone out.
 *
 * <ul>
 *   <li>Failures are counted per address <em>and</em> email, within a window (15 minutes). The first few are free;
 *       after them each attempt from that address for that email waits a delay that doubles with each further
 *       failure (2 s, 4 s, 8 s, ...), at most 5 minutes. The owner signing in from another address is not
 *       slowed at all.</li>
 *   <li>A burst against one email from many addresses (20 failures in the window) leaves each address only one
 *       free attempt for it, so the burst is slowed; an address that has not failed still always gets its try,
 *       so the owner is never locked out, and the longest anyone waits is the maximum delay.</li>
 *   <li>Emails are keyed as typed (canonical), whether an account exists or not: an unknown email is slowed
 *       exactly like a real one, so the throttle reveals nothing.</li>
 * </ul>
 *
 * Counts live in memory (bounded, oldest forgotten first): one instance's view is enough to slow an attacker, and
 * a restart only forgives. A success from an address clears that address's count for the email.
 */
@Component
public class LoginThrottle {

    private static final int MAX_TRACKED = 50_000;

    private final AccountSecurityProperties rules;
    private final Clock clock;
    private final Map<String, Deque<Instant>> byAddressAndEmail = lru();
    private final Map<String, Deque<Instant>> byEmail = lru();

    public LoginThrottle(AccountSecurityProperties rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** How long this address must still wait before trying this email again; empty when it may try now. */
    @PermitAll // the sign-in filter asks before anyone is signed in
    public synchronized Optional<Duration> waitBefore(String address, String email) {
        Instant now = clock.instant();
        Deque<Instant> pair = recent(byAddressAndEmail, pairKey(address, email), now);
        int free = recent(byEmail, key(email), now).size() >= rules.accountBurst() ? 1 : rules.freeFailedLogins();
        int beyond = pair.size() - free;
        if (beyond < 0) {
            return Optional.empty();
        }
        Duration delay = delay(beyond);
        Duration left = Duration.between(now, pair.getLast().plus(delay));
        return left.isPositive() ? Optional.of(left) : Optional.empty();
    }

    @OpenAccess(reason = "Spring Security's sign-in events, through LoginAttempts")
    public synchronized void failed(String address, String email) {
        Instant now = clock.instant();
        recent(byAddressAndEmail, pairKey(address, email), now).addLast(now);
        recent(byEmail, key(email), now).addLast(now);
    }

    @OpenAccess(reason = "Spring Security's sign-in events, through LoginAttempts")
    public synchronized void succeeded(String address, String email) {
        byAddressAndEmail.remove(pairKey(address, email));
    }

    /** The wait after the n-th failure beyond the free ones (0-based): doubling, capped. */
    private Duration delay(int beyond) {
        Duration delay = rules.firstLoginDelay().multipliedBy(1L << Math.min(beyond, 20));
        return delay.compareTo(rules.maxLoginDelay()) > 0 ? rules.maxLoginDelay() : delay;
    }

    /** The failures of one key within the window, oldest first; no more kept than the rule can use. */
    private Deque<Instant> recent(Map<String, Deque<Instant>> counts, String key, Instant now) {
        int keep = counts == byEmail ? rules.accountBurst() : rules.freeFailedLogins() + 21;
        Deque<Instant> times = counts.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant since = now.minus(rules.failedLoginWindow());
        while (!times.isEmpty() && !times.getFirst().isAfter(since)) {
            times.removeFirst();
        }
        while (times.size() > keep) {
            times.removeFirst();
        }
        return times;
    }

    private static String key(String email) {
        return email == null ? "" : EmailAddress.canonical(email);
    }

    private static String pairKey(String address, String email) {
        return address + " " + key(email);
    }

    private static Map<String, Deque<Instant>> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                return size() > MAX_TRACKED;
            }
        };
    }
}
