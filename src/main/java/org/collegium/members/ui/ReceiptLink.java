package org.collegium.members.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.LongFunction;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.NotFoundException;
import org.collegium.members.service.PaymentRecords.PaymentView;
import org.collegium.members.service.PaymentRecords.Receipt;
import org.springframework.security.access.AccessDeniedException;

/** A "PDF" link that downloads a payment's receipt through the given service call (which checks access). */
final class ReceiptLink {

    private ReceiptLink() {
    }

    static Anchor of(PaymentView p, LongFunction<Receipt> receipts) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                Receipt receipt = receipts.apply(p.id());
                return new DownloadResponse(new ByteArrayInputStream(receipt.pdf()), receipt.fileName(),
                        "application/pdf", receipt.pdf().length);
            } catch (NotFoundException e) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            }
        }), AttachmentType.DOWNLOAD, Messages.t("members.receipt.link"));
        String description = Messages.t("members.receipt.link.description", p.receiptNumber());
        link.getElement().setAttribute("aria-label", description);
        link.getElement().setAttribute("title", description);
        return link;
    }
}
