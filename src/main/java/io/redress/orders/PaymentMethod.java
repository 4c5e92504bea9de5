package io.redress.orders;

/** How the buyer paid; refunds go back to the same instrument (7Day Art. 14). */
public enum PaymentMethod {
    ALIPAY_BALANCE, ALIPAY_HUABEI, WECHAT_BALANCE, BANK_CARD, CREDIT_CARD, INSTALMENT;

    /** Credit instruments (花呗, instalments, credit cards) that instant refunds exclude (docs/money.md). */
    public boolean credit() {
        return this == ALIPAY_HUABEI || this == INSTALMENT || this == CREDIT_CARD;
    }
}
