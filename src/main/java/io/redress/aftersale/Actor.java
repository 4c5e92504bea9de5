package io.redress.aftersale;

/** Who performs an action on a case; SYSTEM is timers, payment results and order events. */
public enum Actor {
    BUYER, SELLER, SYSTEM, AGENT, SENIOR_AGENT
}
