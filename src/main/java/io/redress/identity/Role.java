package io.redress.identity;

/** What a caller may do; a Spring Security authority is {@code ROLE_<name>}. */
public enum Role {
    BUYER, SELLER, AGENT, SENIOR_AGENT, AUDITOR, ADMIN, MARKETPLACE, SYSTEM;

    public String authority() {
        return "ROLE_" + name();
    }
}
