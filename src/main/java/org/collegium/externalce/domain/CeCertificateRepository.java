package org.collegium.externalce.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CeCertificateRepository extends JpaRepository<CeCertificate, Long> {
}
