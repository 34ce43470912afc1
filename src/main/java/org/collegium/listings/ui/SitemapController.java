package org.collegium.listings.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.collegium.base.service.PortalAddress;
import org.collegium.listings.service.FindAGroup;
import org.collegium.listings.service.ListingRecords.SitemapEntry;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** /sitemap.xml: the public pages (upcoming events, Find a group and each listing on it); SecurityConfig permits it. */
@RestController
class SitemapController {

    private final FindAGroup search;
    private final PortalAddress address;

    SitemapController(FindAGroup search, PortalAddress address) {
        this.search = search;
        this.address = address;
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() {
        String base = address.baseUrl().replaceAll("/+$", "") + "/";
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, base + "events/upcoming", null);
        url(xml, base + "find-a-group", null);
        for (SitemapEntry e : search.sitemap()) {
            url(xml, base + e.path(), e.lastModified() == null ? null
                    : DateTimeFormatter.ISO_LOCAL_DATE.format(e.lastModified().atOffset(ZoneOffset.UTC)));
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    private static void url(StringBuilder xml, String loc, String lastModified) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(loc)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}
