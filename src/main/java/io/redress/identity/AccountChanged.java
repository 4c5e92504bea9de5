package io.redress.identity;

import java.util.List;

/**
 * An administrative change to who may call Redress (published in the transaction that made it): a user created,
 * enabled or disabled, a service key created or revoked. {@code subject} is "user:NAME" or "service-key:ID".
 */
public record AccountChanged(String subject, Change change, List<Role> roles, String detail) {

    public enum Change {
        USER_CREATED, USER_ENABLED, USER_DISABLED, SERVICE_KEY_CREATED, SERVICE_KEY_REVOKED
    }
}
