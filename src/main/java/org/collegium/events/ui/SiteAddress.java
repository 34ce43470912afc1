package org.collegium.events.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

/** The address the person reached the portal at (scheme, host, port and context path), for links to copy. */
final class SiteAddress {

    private SiteAddress() {
    }

    static String current() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            var http = request.getHttpServletRequest();
            String port = (http.getScheme().equals("http") && http.getServerPort() == 80)
                    || (http.getScheme().equals("https") && http.getServerPort() == 443) ? ""
                            : ":" + http.getServerPort();
            return http.getScheme() + "://" + http.getServerName() + port + http.getContextPath();
        }
        return "";
    }
}
