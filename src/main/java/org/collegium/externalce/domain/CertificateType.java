package org.collegium.externalce.domain;

/** The kinds of certificate file accepted, as read from the file's content (never its name). */
public enum CertificateType {
    PDF("application/pdf", "pdf"), PNG("image/png", "png"), JPEG("image/jpeg", "jpg");

    private final String mimeType;
    private final String extension;

    CertificateType(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }
}
