package org.collegium.externalce.service;

import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.CurrentActor;
import org.collegium.base.service.NotFoundException;
import org.collegium.externalce.domain.CeCertificateRepository;
import org.collegium.externalce.domain.ExternalCe;
import org.collegium.externalce.service.ExternalCeRecords.CertificateFile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * External CE certificate files, read only by their member and by the board and administrators. There is no public
 * address: pages download a file through this service, which checks again on every download; anyone else asking for
 * a record's file (another member, a missing record) gets the same not-found answer.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.IS_BOARD_OR_ADMIN + " or " + Access.IS_MEMBER)
public class CeCertificates {

    private final CeCertificateRepository certificates;
    private final ExternalCeAccess access;
    private final CurrentActor actor;

    CeCertificates(CeCertificateRepository certificates, ExternalCeAccess access, CurrentActor actor) {
        this.certificates = certificates;
        this.access = access;
        this.actor = actor;
    }

    public CertificateFile download(long externalCeId) {
        ExternalCe record = actor.hasAnyRole(Access.BOARD, Access.ADMIN) ? access.any(externalCeId)
                : access.mine(externalCeId);
        byte[] content = certificates.findById(record.getId())
                .orElseThrow(() -> new NotFoundException(Messages.t("externalce.the-certificate"))).getContent();
        return new CertificateFile(record.getCertificateName(), record.getCertificateType(), content);
    }
}
