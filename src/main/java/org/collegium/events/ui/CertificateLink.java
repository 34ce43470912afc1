package org.collegium.events.ui;

import org.collegium.base.i18n.Messages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import java.util.function.LongFunction;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.NotFoundException;
import org.collegium.events.service.EventFile;
import org.springframework.security.access.AccessDeniedException;

/** A link that downloads a file from a service call (which checks who may have it) when it is clicked. */
final class CertificateLink {

    private CertificateLink() {
    }

    static Anchor of(long creditId, String number, LongFunction<EventFile> certificates) {
        Anchor link = download(() -> certificates.apply(creditId), Messages.t("events.certificate.link"));
        link.getElement().setAttribute("aria-label", Messages.t("events.certificate.link.aria", number));
        return link;
    }

    static Anchor download(Supplier<EventFile> file, String text) {
        return new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                EventFile f = file.get();
                return new DownloadResponse(new ByteArrayInputStream(f.content()), f.fileName(), f.contentType(),
                        f.content().length);
            } catch (NotFoundException e) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            } catch (BusinessRuleException e) { // a void certificate is never handed out as valid
                return DownloadResponse.error(HttpStatusCode.GONE);
            }
        }), AttachmentType.DOWNLOAD, text);
    }
}
