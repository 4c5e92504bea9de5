package io.redress.console;

/** Reads an amount a person typed in yuan ("88", "88.5", "¥88.00") as fen, without floating point. */
final class YuanInput {

    private static final long MAX_YUAN = 10_000_000_000L;

    private YuanInput() {
    }

    /** Fen for the typed yuan; NumberFormatException for anything else, including more than two decimals. */
    static long fen(String typed) {
        String text = typed.strip().replace("¥", "").replace("￥", "").replace(",", "");
        if (!text.matches("\\d{1,11}(\\.\\d{1,2})?")) {
            throw new NumberFormatException("\u201c" + typed + "\u201d is not an amount in yuan such as 88.00");
        }
        int dot = text.indexOf('.');
        long yuan = Long.parseLong(dot < 0 ? text : text.substring(0, dot));
        if (yuan > MAX_YUAN) {
            throw new NumberFormatException("\u201c" + typed + "\u201d is more than any order");
        }
        String decimals = dot < 0 ? "00" : (text.substring(dot + 1) + "0").substring(0, 2);
        return yuan * 100 + Long.parseLong(decimals);
    }
}
