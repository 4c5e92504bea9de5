package io.redress.dossier;

/** The files a dossier comes as: the PDF people read, the JSON machines read, and a zip of both with the evidence. */
public enum DossierFormat {
    PDF("application/pdf", "pdf"), JSON("application/json", "json"), ZIP("application/zip", "zip");

    public final String contentType;
    public final String extension;

    DossierFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }
}
