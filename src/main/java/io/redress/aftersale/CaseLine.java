package io.redress.aftersale;

/** An order line a case covers, with how many of its units. */
public record CaseLine(String lineId, int quantity) {

    public CaseLine {
        if (lineId == null || lineId.isBlank() || quantity < 1) {
            throw new IllegalArgumentException("a case line needs a line id and a positive quantity");
        }
    }
}
