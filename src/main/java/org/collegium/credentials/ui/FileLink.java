package org.collegium.credentials.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.ui.DownloadLink;
import org.collegium.credentials.service.TranscriptPdf;
import org.springframework.security.access.AccessDeniedException;

/** A download made by a service call when it is clicked (the service checks who may have it). */
final class FileLink {

    private FileLink() {
    }

    static Anchor of(Supplier<TranscriptPdf.File> file, String label, String description) {
        return DownloadLink.of(DownloadHandler.fromInputStream(event -> {
            try {
                TranscriptPdf.File f = file.get();
                return new DownloadResponse(new ByteArrayInputStream(f.content()), f.name(), f.contentType(),
                        f.content().length);
            } catch (NotFoundException e) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            }
        }), label, description);
    }
}
