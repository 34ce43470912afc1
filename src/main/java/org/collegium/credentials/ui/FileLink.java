package org.collegium.credentials.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.function.Supplier;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.ui.DownloadLink;
import org.collegium.credentials.service.TranscriptPdf;
import org.springframework.security.access.AccessDeniedException;

/** A download made by a service call when it is clicked (the service checks who may have it). */
final class FileLink {

    /** Writes a download's content as it goes. */
    @FunctionalInterface
    interface Writer extends Serializable {
        void write(OutputStream out) throws IOException;
    }

    private FileLink() {
    }

    /**
     * A download the service writes straight to the response (a zip of many files is never held whole): naming it
     * is the service's check, so a stale or foreign credential answers "not found" before anything is sent.
     */
    static Anchor streamed(SerializableSupplier<String> name, String contentType, Writer writer, String label,
            String description) {
        return DownloadLink.of(event -> {
            String fileName;
            try {
                fileName = name.get();
            } catch (NotFoundException e) {
                event.getResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
                return;
            } catch (AccessDeniedException e) {
                event.getResponse().setStatus(HttpStatusCode.FORBIDDEN.getCode());
                return;
            }
            event.setFileName(fileName);
            event.setContentType(contentType);
            writer.write(event.getOutputStream());
        }, label, description);
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
