package io.redress.credit;

import java.util.Map;

/** The names of kinds, rates, penalties and privileges in the reasons and notices people read. */
public final class Labels {

    private static final Map<String, String[]> NAMES = Map.ofEntries(
            Map.entry("ORDER", new String[] {"orders", "订单"}),
            Map.entry("REFUND", new String[] {"refunds", "退款"}),
            Map.entry("DISPUTE", new String[] {"disputes taken to the platform", "平台介入"}),
            Map.entry("EMPTY_PARCEL_CLAIM", new String[] {"empty-parcel claims", "空包裹申诉"}),
            Map.entry("MISSING_ITEM_CLAIM", new String[] {"missing-item claims", "少件申诉"}),
            Map.entry("COUNTERFEIT_CLAIM", new String[] {"counterfeit claims", "假货申诉"}),
            Map.entry("UNPAID_ORDER", new String[] {"unpaid orders", "未付款订单"}),
            Map.entry("COMPLAINT_AGAINST", new String[] {"complaints against the buyer", "针对买家的投诉"}),
            Map.entry("FAULT_EMPTY_PARCEL", new String[] {"empty-parcel claims ruled the buyer's fault", "空包裹申诉被判定为买家责任"}),
            Map.entry("FAULT_MISSING_ITEM", new String[] {"missing-item claims ruled the buyer's fault", "少件申诉被判定为买家责任"}),
            Map.entry("FAULT_COUNTERFEIT_CLAIM", new String[] {"counterfeit claims ruled the buyer's fault", "假货申诉被判定为买家责任"}),
            Map.entry("FAULT_OTHER", new String[] {"rulings finding the buyer at fault", "裁决判定买家责任"}),
            Map.entry("MALICIOUS_COMPLAINT", new String[] {"complaints found malicious", "恶意投诉"}),
            Map.entry("BAD_FAITH_APPEAL", new String[] {"bad-faith findings on a seller's appeal", "卖家申诉认定买家恶意"}),
            Map.entry("ADVANCE_RECOVERY", new String[] {"platform advances recovered from the buyer", "平台垫付向买家追偿"}),
            Map.entry("SELLER_REFUSAL", new String[] {"refusals", "拒绝退款"}),
            Map.entry("COMPLAINT_RECEIVED", new String[] {"complaints about the shop", "针对店铺的投诉"}),
            Map.entry("RULING_FAULT", new String[] {"rulings finding the shop at fault", "裁决判定卖家责任"}),
            Map.entry("COMPLAINT_FAULT", new String[] {"complaints upheld against the shop", "投诉成立"}),
            Map.entry("REFUSAL_OVERTURNED", new String[] {"refusals overturned by the platform", "拒绝被平台推翻"}),
            Map.entry("TIMER_BREACH", new String[] {"answers not given in time", "超时未处理"}),
            Map.entry("refundRate", new String[] {"Refund rate", "退款率"}),
            Map.entry("disputeRate", new String[] {"Dispute rate", "纠纷率"}),
            Map.entry("refusalOverturnRate", new String[] {"Refusal overturn rate", "拒绝被推翻率"}),
            Map.entry("WARNING", new String[] {"Warning", "警告"}),
            Map.entry("PRIVILEGE_SUSPENDED", new String[] {"Privilege suspended", "暂停特权"}),
            Map.entry("FREIGHT_BORNE", new String[] {"Buyer bears all freight on no-reason returns", "无理由退货运费由买家承担"}),
            Map.entry("FINE", new String[] {"Fine", "罚款"}),
            Map.entry("TRADE_RESTRICTION", new String[] {"Trade restriction", "限制交易"}),
            Map.entry("ACCOUNT_BAN", new String[] {"Account ban", "封禁账户"}),
            Map.entry("INSTANT_REFUND", new String[] {"instant refund", "极速退款"}),
            Map.entry("AUTO_AGREE", new String[] {"auto-agree", "自动同意"}),
            Map.entry("NEGOTIATE_FIRST", new String[] {"negotiate first", "优先协商"}));

    private Labels() {
    }

    public static String en(Object name) {
        return NAMES.getOrDefault(String.valueOf(name), new String[] {String.valueOf(name), ""})[0];
    }

    public static String zh(Object name) {
        String[] names = NAMES.get(String.valueOf(name));
        return names == null ? String.valueOf(name) : names[1];
    }

    public static String of(Object name, java.util.Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? en(name) : zh(name);
    }
}
