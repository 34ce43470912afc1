package org.collegium.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;

/** A download that looks like a button: a link (which takes the focus and the click) around a button's look. */
public final class DownloadLink {

    private DownloadLink() {
    }

    /** @param label the button's text ("CSV"); @param description what a screen reader and the tooltip say */
    public static Anchor of(DownloadHandler handler, String label, String description) {
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        Button button = new Button(label, VaadinIcon.DOWNLOAD_ALT.create());
        button.getElement().setAttribute("tabindex", "-1"); // the link takes the focus and the click
        button.getElement().setAttribute("aria-hidden", "true");
        link.add(button);
        link.getElement().setAttribute("aria-label", description);
        link.getElement().setAttribute("title", description);
        return link;
    }
}
