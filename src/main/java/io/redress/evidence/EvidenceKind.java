package io.redress.evidence;

/** What a piece of evidence is; the kind decides which file formats it may be and how large. */
public enum EvidenceKind {
    PHOTO, VIDEO, CHAT, TRACKING, INSPECTION_REPORT, INVOICE, SOURCING_DOC, TEXT
}
