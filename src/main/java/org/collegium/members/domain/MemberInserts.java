package org.collegium.members.domain;

import java.time.Instant;
import java.util.List;

/** New members written many at a time (an import); implemented by {@link MemberInsertsImpl}. */
public interface MemberInserts {

    /**
     * Inserts the new (not yet saved) members in JDBC batches, in the caller's transaction, as created by
     * {@code by} at {@code at}; returns their ids in the same order. The members themselves stay unsaved: read
     * them again by id. An email already on file fails the whole call (its unique index).
     */
    List<Long> insertAll(List<Member> members, Instant at, String by);
}
