package io.redress.credit;

/** What a penalty may suspend: a buyer's instant refund, a shop's auto-agree or negotiate-first autonomy. */
public enum Privilege {
    INSTANT_REFUND(Party.Type.BUYER), AUTO_AGREE(Party.Type.SHOP), NEGOTIATE_FIRST(Party.Type.SHOP);

    private final Party.Type of;

    Privilege(Party.Type of) {
        this.of = of;
    }

    public Party.Type of() {
        return of;
    }
}
