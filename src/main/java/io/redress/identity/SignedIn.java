package io.redress.identity;

import java.time.Instant;
import java.util.List;

/** A built-in user signed in with a password, from {@code client} (published in the transaction that recorded it). */
public record SignedIn(String username, List<Role> roles, String client, Instant at) {

    /** Platform staff: agents, senior agents, auditors and admins. */
    public boolean staff() {
        return roles.stream().anyMatch(r -> r == Role.AGENT || r == Role.SENIOR_AGENT || r == Role.AUDITOR || r == Role.ADMIN);
    }
}
