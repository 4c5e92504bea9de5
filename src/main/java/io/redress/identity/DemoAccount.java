package io.redress.identity;

import java.util.List;

/** An account that demo mode seeds (README, "Try it: the API with curl"); every one has the password {@link #PASSWORD}. */
public record DemoAccount(String username, Role role, String buyerId, String shopId) {

    /** The password of every demo account. */
    public static final String PASSWORD = "demo";

    /** The bearer key of the demo marketplace backend (role MARKETPLACE). */
    public static final String SERVICE_KEY = "demo-marketplace-key";

    private static final List<DemoAccount> ALL = List.of(
            new DemoAccount("buyer1", Role.BUYER, "buyer-1", null),
            new DemoAccount("buyer2", Role.BUYER, "buyer-2", null),
            new DemoAccount("buyer3", Role.BUYER, "buyer-3", null),
            new DemoAccount("seller1", Role.SELLER, null, "shop-1"),
            new DemoAccount("seller2", Role.SELLER, null, "shop-2"),
            new DemoAccount("agent1", Role.AGENT, null, null),
            new DemoAccount("senior1", Role.SENIOR_AGENT, null, null),
            new DemoAccount("auditor1", Role.AUDITOR, null, null),
            new DemoAccount("admin1", Role.ADMIN, null, null));

    /** The demo accounts in the order the README lists them. */
    public static List<DemoAccount> all() {
        return ALL;
    }

    /** The buyer id or shop id the account is bound to, or null. */
    public String boundTo() {
        return buyerId != null ? buyerId : shopId;
    }
}
