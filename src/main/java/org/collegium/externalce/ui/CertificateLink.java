package org.collegium.externalce.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.NotFoundException;
import org.collegium.externalce.service.CeCertificates;
import org.collegium.externalce.service.ExternalCeRecords.CertificateFile;
import org.collegium.externalce.service.ExternalCeRecords.ExternalCeLine;
import org.springframework.security.access.AccessDeniedException;

/**
 * A link that downloads a record's certificate through {@link CeCertificates}, which checks who asks on every
 * download (the link's address is this page's, for this session; it is no public address of the file).
 */
final class CertificateLink {

    private CertificateLink() {
    }

    static Anchor of(ExternalCeLine line, CeCertificates certificates) {
        long id = line.id();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                CertificateFile file = certificates.download(id);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.type().mimeType(), file.content().length);
            } catch (NotFoundException e) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            }
        }), AttachmentType.DOWNLOAD, Messages.t("externalce.certificate.link", line.certificateType().name()));
        // the accessible name starts with the visible text ("PDF"), as speech input users say what they see
        String description = Messages.t("externalce.certificate.link.description", line.title(),
                line.certificateType().name());
        link.getElement().setAttribute("aria-label", description);
        link.getElement().setAttribute("title", description);
        return link;
    }
}
