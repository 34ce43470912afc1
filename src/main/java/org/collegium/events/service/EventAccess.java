package org.collegium.events.service;

import org.collegium.base.i18n.Messages;
import org.collegium.accounts.service.AccountScopes;
import org.collegium.base.service.CurrentActor;
import org.collegium.base.service.NotFoundException;
import org.collegium.events.domain.Event;
import org.collegium.events.domain.EventRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides which events the caller manages (edits, sees the roster of, marks attendance
 * at): administrators and the board every event; an affiliate administrator only the events their own
 * affiliate hosts (not national ones, not another affiliate's).
 */
@Component
class EventAccess {

    private final EventRepository events;
    private final AccountScopes scopes;
    private final CurrentActor actor;

    EventAccess(EventRepository events, AccountScopes scopes, CurrentActor actor) {
        this.events = events;
        this.scopes = scopes;
        this.actor = actor;
    }

    /** null: every event; otherwise the only host affiliate whose events the caller manages. */
    Long hostScope() {
        if (actor.hasAnyRole("ADMIN", "BOARD")) {
            return null;
        }
        if (actor.hasAnyRole("AFFILIATE_ADMIN")) {
            return scopes.currentAffiliateId().orElseThrow(() -> new AccessDeniedException(
                    "This affiliate administrator account is not tied to an affiliate."));
        }
        throw new AccessDeniedException("Events are managed by the board and affiliate administrators.");
    }

    /** The event, if the caller manages it. */
    Event loadManaged(long id) {
        Event event = events.findWithHost(id).orElseThrow(() -> new NotFoundException(Messages.t("events.not-found.event")));
        check(event);
        return event;
    }

    void check(Event event) {
        Long scope = hostScope();
        if (scope != null && (event.getHost() == null || !scope.equals(event.getHost().getId()))) {
            throw new AccessDeniedException("This event is hosted by someone else.");
        }
    }
}
