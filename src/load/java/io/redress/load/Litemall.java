package io.redress.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The peer Redress's full case is compared with, measured in the same rounds: litemall (github
 * linlinjava/litemall, commit a1ef964, its wx and admin APIs in one jar on MariaDB; docs/litemall-peer.md tells how
 * to build and start it). One flow is
 * litemall's after-sale for one order in its three calls: the buyer submits an after-sale for the whole order
 * ({@code /wx/aftersale/submit}), lists the after-sales waiting for the shop ({@code /wx/aftersale/list?status=1},
 * first page) and finds its own there, the only way to learn its id, and the admin approves it
 * ({@code /admin/aftersale/recept}). Each answer must say {@code errno} 0. litemall moves no money here: approval only
 * changes two statuses.
 *
 * <p>The buyer is the demo user user123 (its token travels in {@code X-Litemall-Token}), the admin the demo admin
 * admin123 ({@code X-Litemall-Admin-Token}); both sign in once. The orders are not made through litemall's API (its
 * checkout needs a cart, an address and a WeChat payment): they are inserted in SQL, received and confirmed (order
 * status 401, which after-sale requires), 999.00 paid for one unit of the demo data's product 1, with its order-goods
 * row. SQL goes through the {@code mysql} command-line client ({@code --litemall-mysql=} adds its arguments, split at
 * spaces), on the database named by {@code --litemall-db}.
 *
 * <p>{@link #grow} adds after-sales that already exist, each on an order of its own, like Redress's SqlGrowth: one in
 * ten for the demo user, the rest spread over 100,000 other user ids; seven in ten approved and refunded (status 3),
 * three in ten waiting for the shop (status 1), never the demo user's, whose list the flow reads; times spread over
 * the year before now.
 */
final class Litemall {

    private static final JsonMapper JSON = JsonMapper.shared();
    /** What a flow's order was paid, freight free: the most its after-sale may ask back. */
    private static final String PAID = "999.00";
    private static final int CHUNK = 50_000;

    private final Http1 http;
    private final String database;
    private final List<String> mysqlArgs;
    private final String prefix = "LM" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private final int listLimit;
    private int batches;
    private String buyer;
    private String admin;
    private long buyerId;

    /** {@code clients}: the flows running at once, each with at most one after-sale waiting on the listed page. */
    Litemall(String url, String database, String mysqlArgs, int clients) {
        this.http = new Http1(url.replaceAll("/$", ""));
        this.database = database;
        this.mysqlArgs = mysqlArgs.isBlank() ? List.of() : List.of(mysqlArgs.trim().split(" +"));
        this.listLimit = Math.max(10, clients);
    }

    /** Signs in the demo buyer and the demo admin, and finds the buyer's user id. */
    void signIn() throws Exception {
        buyer = "X-Litemall-Token: " + token("/wx/auth/login", "user123", "user123");
        admin = "X-Litemall-Admin-Token: " + token("/admin/auth/login", "admin123", "admin123");
        buyerId = Long.parseLong(mysql("SELECT id FROM litemall_user WHERE username = 'user123';").trim());
    }

    private String token(String path, String username, String password) throws IOException {
        return ok(path, http.postWith(path, null, JSON.writeValueAsString(Map.of("username", username,
                "password", password)))).get("data").get("token").asString();
    }

    /** Inserts {@code count} orders ready for after-sale, for the demo buyer; their ids, in order. */
    Queue<String> orders(int count) throws Exception {
        String tag = prefix + (++batches) + "-";
        String out = mysql("BEGIN;\n" + insertOrders(1, count, Long.toString(buyerId), tag, "0", "0") + "COMMIT;\n"
                + "SELECT id FROM litemall_order WHERE id > @before AND order_sn LIKE '" + tag + "%' ORDER BY id;");
        Queue<String> ids = Stage.queue();
        out.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(ids::add);
        if (ids.size() != count) {
            throw new IOException("inserted " + count + " litemall orders, found " + ids.size());
        }
        return ids;
    }

    /** One after-sale flow on the order {@code orderId}: submit, list, approve; answers the after-sale's id. */
    String flow(String orderId) throws Exception {
        ok("submit", http.postWith("/wx/aftersale/submit", buyer, "{\"orderId\":" + orderId
                + ",\"type\":1,\"reason\":\"QUALITY\",\"amount\":" + PAID + ",\"comment\":\"\",\"pictures\":[]}"));
        JsonNode page = ok("list", http.getWith("/wx/aftersale/list?status=1&page=1&limit=" + listLimit, buyer));
        String id = null;
        for (JsonNode entry : page.get("data").get("list")) {
            JsonNode aftersale = entry.get("aftersale");
            if (aftersale.get("orderId").asString().equals(orderId)) {
                id = aftersale.get("id").asString();
            }
        }
        if (id == null) {
            throw new IOException("order " + orderId + "'s after-sale is not on the first page of the buyer's list");
        }
        ok("recept", http.postWith("/admin/aftersale/recept", admin, "{\"id\":" + id + "}"));
        return id;
    }

    /** Adds {@code count} existing after-sales, each with its order and order-goods row, in chunks of one transaction. */
    void grow(long count) throws Exception {
        long start = System.nanoTime();
        long existing = Long.parseLong(mysql("SELECT COUNT(*) FROM litemall_aftersale;").trim());
        System.out.printf("growing litemall from %d after-sales by %d in SQL%n", existing, count);
        String tag = prefix + "grown-";
        for (long from = 1; from <= count; from += CHUNK) {
            long to = Math.min(from + CHUNK - 1, count);
            String user = "IF(seq % 10 = 0, " + buyerId + ", 100000 + seq % 100000)";
            String status = "IF(seq % 10 >= 7, 1, 3)";
            String age = "(seq * 7919) % 31536000";
            mysql("BEGIN;\n" + insertOrders(from, to, user, tag, status, age)
                    + "INSERT INTO litemall_aftersale (aftersale_sn, order_id, user_id, type, reason, amount, pictures,"
                    + " comment, status, handle_time, add_time, update_time, deleted)"
                    + " SELECT CONCAT(DATE_FORMAT(confirm_time, '%Y%m%d'), LPAD(id % 1000000, 6, '0')), id, user_id, 1,"
                    + " 'QUALITY', " + PAID + ", '[]', '', aftersale_status,"
                    + " IF(aftersale_status = 3, confirm_time + INTERVAL 1 DAY, NULL), confirm_time + INTERVAL 1 HOUR,"
                    + " confirm_time + INTERVAL 1 DAY, 0 FROM litemall_order WHERE id > @before;\n"
                    + "COMMIT;\n");
            System.out.printf("  %d after-sales added (%.0f/s)%n", to, to / ((System.nanoTime() - start) / 1e9));
        }
        mysql("ANALYZE TABLE litemall_order, litemall_order_goods, litemall_aftersale;");
        System.out.printf("litemall grown by %d after-sales in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Orders {@code from}..{@code to} of a sequence ({@code seq} in the expressions): bought {@code age} seconds
     * before now, shipped a day later, received and confirmed the day after, with their order-goods rows; sets
     * {@code @before} to the largest order id before them.
     */
    private static String insertOrders(long from, long to, String user, String tag, String aftersaleStatus,
            String age) {
        String bought = "NOW() - INTERVAL 3 DAY - INTERVAL " + age + " SECOND";
        return "SET @before = (SELECT COALESCE(MAX(id), 0) FROM litemall_order);\n"
                + "INSERT INTO litemall_order (user_id, order_sn, order_status, aftersale_status, consignee, mobile,"
                + " address, message, goods_price, freight_price, coupon_price, integral_price, groupon_price,"
                + " order_price, actual_price, pay_id, pay_time, ship_sn, ship_channel, ship_time, confirm_time,"
                + " comments, add_time, update_time, deleted)"
                + " SELECT " + user + ", CONCAT('" + tag + "', seq), 401, " + aftersaleStatus + ", 'Load Buyer',"
                + " '13800000000', 'Load Street 1', '', " + PAID + ", 0, 0, 0, 0, " + PAID + ", " + PAID + ","
                + " CONCAT('PAY', seq), " + bought + ", CONCAT('SF', seq), 'SF', " + bought + " + INTERVAL 1 DAY, "
                + bought + " + INTERVAL 2 DAY, 1, " + bought + ", " + bought + " + INTERVAL 2 DAY, 0"
                + " FROM seq_" + from + "_to_" + to + ";\n"
                + "INSERT INTO litemall_order_goods (order_id, goods_id, goods_name, goods_sn, product_id, number, price,"
                + " specifications, pic_url, comment, add_time, update_time, deleted)"
                + " SELECT o.id, g.id, g.name, g.goods_sn, p.id, 1, p.price, p.specifications, p.url, 0, o.add_time,"
                + " o.add_time, 0 FROM litemall_order o JOIN litemall_goods_product p ON p.id = 1"
                + " JOIN litemall_goods g ON g.id = p.goods_id WHERE o.id > @before;\n";
    }

    /** The answer's JSON when it came with HTTP 200 and errno 0. */
    private static JsonNode ok(String call, Http1.Answer answer) throws IOException {
        if (answer.status() == 200) {
            JsonNode json = JSON.readTree(answer.body());
            if (json.path("errno").asInt(-1) == 0) {
                return json;
            }
        }
        throw new IOException("litemall " + call + " answered " + answer.status() + ": "
                + answer.body().substring(0, Math.min(300, answer.body().length())));
    }

    private String mysql(String sql) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mysql", "-N", "-B", "--default-character-set=utf8mb4"));
        command.addAll(mysqlArgs);
        command.add(database);
        return Pgbench.run(Map.of(), command, sql);
    }
}
