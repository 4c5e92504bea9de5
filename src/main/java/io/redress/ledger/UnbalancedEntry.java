package io.redress.ledger;

/** An entry whose debits and credits differ is refused: the ledger never holds one. */
public class UnbalancedEntry extends IllegalArgumentException {

    public UnbalancedEntry(String message) {
        super(message);
    }
}
