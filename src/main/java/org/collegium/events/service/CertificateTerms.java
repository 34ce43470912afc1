package org.collegium.events.service;

import java.util.Optional;
import org.collegium.events.domain.CeType;

/**
 * What another feature adds to an event's CE certificates (the evaluations feature, issue 16): whether a member's
 * certificate waits for something, and the sponsor's approval statement printed on it. Called inside the events
 * services' own method security; none of it may be handed to anyone without their check.
 */
public interface CertificateTerms {

    /** Why the member's certificate of this event is not released yet, in the reader's words; empty: it is. */
    Optional<String> withheld(long eventId, long memberId);

    /** The sponsor's approval statement for CE of this type, as approved; empty: none is printed. */
    Optional<String> sponsorStatement(CeType type);
}
