package io.redress.evidence;

/** Who sees a piece of evidence: both parties and the platform, or the platform alone. */
public enum Visibility {
    BOTH, PLATFORM
}
