package org.collegium.externalce.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CeCertificateRepository extends JpaRepository<CeCertificate, Long> {

    /** A certificate's bytes only (no entity kept in the persistence context: a packet reads many, one at a time). */
    @Query("select c.content from CeCertificate c where c.externalCeId = :id")
    byte[] contentOf(@Param("id") long externalCeId);
}
