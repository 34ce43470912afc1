package org.collegium.events.service;

/** A file a service hands to a view for download: a certificate, a transcript, a calendar. */
public record EventFile(String fileName, String contentType, byte[] content) {
}
