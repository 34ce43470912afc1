package org.collegium.communications.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommunicationRepository extends JpaRepository<Communication, Long> {

    @Query("select c from Communication c where (:author is null or c.author = :author) order by c.id desc")
    List<Communication> findVisible(@Param("author") String author, Pageable page);

    @Query("select count(c) from Communication c where (:author is null or c.author = :author)")
    long countVisible(@Param("author") String author);

    @Query("""
            select c.id from Communication c
            where c.status = org.collegium.communications.domain.CommunicationStatus.SCHEDULED and c.sendAt <= :now
            order by c.sendAt, c.id""")
    List<Long> findDueIds(@Param("now") Instant now);

    @Query("select c.id from Communication c where c.status = :status order by c.id")
    List<Long> findIdsByStatus(@Param("status") CommunicationStatus status);
}
