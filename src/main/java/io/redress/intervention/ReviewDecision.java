package io.redress.intervention;

/** The supervisor's answer to an appeal. */
public enum ReviewDecision {
    UPHELD, OVERTURNED
}
