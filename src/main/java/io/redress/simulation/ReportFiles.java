package io.redress.simulation;

import io.redress.simulation.internal.Comparison;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;

/** A report as JSON, as CSV (one row per measure: baseline, candidate, difference) and as an HTML page with charts. */
public final class ReportFiles {

    /** The ECharts webjar's script, inlined into a page written to a file so that it opens without a server. */
    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private ReportFiles() {
    }

    public static String json(SimulationReport report) {
        return ScenarioFiles.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report);
    }

    /** {@code metric,baseline,candidate,difference}, every numeric measure of the outcomes by its path. */
    public static String csv(SimulationReport report) {
        Map<String, Double> a = Comparison.numbers(report.baseline().outcomes());
        Map<String, Double> b = Comparison.numbers(report.candidate().outcomes());
        TreeSet<String> metrics = new TreeSet<>(a.keySet());
        metrics.addAll(b.keySet());
        StringBuilder csv = new StringBuilder("metric,baseline,candidate,difference\n");
        for (String metric : metrics) {
            Double x = a.get(metric);
            Double y = b.get(metric);
            csv.append(metric).append(',').append(number(x)).append(',').append(number(y)).append(',')
                    .append(x == null || y == null ? "" : number(Math.round((y - x) * 10_000) / 10_000.0)).append('\n');
        }
        return csv.toString();
    }

    /**
     * The page: side-by-side charts of time to money, timers and agents, money and legal bounds, then every difference.
     * {@code echartsSrc} null inlines the library (a file); otherwise the page loads it from that address (the console).
     */
    public static String html(SimulationReport report, String echartsSrc) {
        String data = json(report).replace("</", "<\\/");
        String script = echartsSrc == null ? "<script>" + inlineEcharts() + "</script>"
                : "<script src=\"" + escape(echartsSrc) + "\"></script>";
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Simulation: %s</title>
                <style>
                body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222}
                .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:1rem}
                .chart{height:320px;border:1px solid #ddd;border-radius:6px}
                table{border-collapse:collapse;margin-top:1rem}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:right}
                td:first-child,th:first-child{text-align:left}.bad{color:#b00020;font-weight:bold}.note{color:#666}
                </style>%s</head><body>
                <h1>%s</h1>
                <p>Seed %d, %d orders over %d simulated days. Baseline <b>%s</b> against candidate <b>%s</b>.
                Legal bounds breached: <span class="%s">%d</span> (baseline) and <span class="%s">%d</span> (candidate).</p>
                <div class="charts">
                <div id="ttm" class="chart"></div><div id="kind" class="chart"></div>
                <div id="timers" class="chart"></div><div id="money" class="chart"></div>
                <div id="credit" class="chart"></div>
                </div>
                <h2>Differences</h2><table id="diff"><tr><th>measure</th><th>baseline</th><th>candidate</th><th>difference</th></tr></table>
                <h2>Not modelled</h2><ul id="notes" class="note"></ul>
                <p class="note" id="run"></p>
                <script id="report" type="application/json">%s</script>
                <script>
                const r = JSON.parse(document.getElementById('report').textContent);
                const a = r.baseline.outcomes, b = r.candidate.outcomes, names = [r.baseline.policy, r.candidate.policy];
                function bars(id, title, labels, x, y, unit) {
                  echarts.init(document.getElementById(id)).setOption({animation:false, title:{text:title, textStyle:{fontSize:14}},
                    tooltip:{trigger:'axis'}, legend:{top:24, data:names}, grid:{top:64, left:48, right:16, bottom:48},
                    xAxis:{type:'category', data:labels, axisLabel:{interval:0, rotate:labels.length > 5 ? 20 : 0}},
                    yAxis:{type:'value', name:unit},
                    series:[{name:names[0], type:'bar', data:x}, {name:names[1], type:'bar', data:y}]});
                }
                const p = (s, k) => s && s[k] != null ? s[k] : 0;
                bars('ttm', 'Time to money (hours)', ['p50', 'p90', 'p99'],
                  ['p50Hours','p90Hours','p99Hours'].map(k => p(a.timeToMoney.all, k)),
                  ['p50Hours','p90Hours','p99Hours'].map(k => p(b.timeToMoney.all, k)), 'h');
                const kinds = [...new Set([...Object.keys(a.timeToMoney.byBuyer), ...Object.keys(b.timeToMoney.byBuyer),
                  ...Object.keys(a.timeToMoney.byType), ...Object.keys(b.timeToMoney.byType)])];
                const by = (o, k) => p(o.timeToMoney.byBuyer[k] || o.timeToMoney.byType[k], 'p50Hours');
                bars('kind', 'Median time to money by buyer kind and case type (hours)', kinds,
                  kinds.map(k => by(a, k)), kinds.map(k => by(b, k)), 'h');
                const t = o => [o.timeouts.autoAgreed, o.timeouts.autoRefunded, o.timeouts.closedByTimeout, o.agents.disputes,
                  o.agents.acceptSlaBreaches + o.agents.rulingSlaBreaches, o.cases.openAtHorizon];
                bars('timers', 'Timers, agents and SLA breaches (cases)', ['auto-agreed', 'auto-refunded', 'closed by timeout',
                  'disputes', 'SLA breaches', 'open at horizon'], t(a), t(b), 'cases');
                const m = o => [o.money.refunded, o.money.advanced, o.money.settled, o.money.recovering, o.money.recovered,
                  o.money.writtenOff].map(v => v / 100);
                bars('money', 'Money (yuan)', ['refunded', 'advanced', 'borne by sellers', 'owed by buyers', 'recovered',
                  'written off'], m(a), m(b), '¥');
                const penalisedKinds = [...new Set([...Object.keys(a.buyers.claimsByKind), ...Object.keys(b.buyers.claimsByKind)])];
                const c = o => penalisedKinds.map(k => o.buyers.penalisedByKind[k] || 0)
                  .concat([o.buyers.abusiveCaughtAfterClaims || 0]);
                bars('credit', 'Buyers penalised by the credit ladder, by kind; claims before an abusive buyer was caught',
                  penalisedKinds.map(k => k + ' penalised').concat(['claims before caught']), c(a), c(b), 'buyers');
                const table = document.getElementById('diff');
                for (const d of r.differences) {
                  const row = table.insertRow();
                  [d.metric, d.baseline, d.candidate, d.delta].forEach((v, i) => {
                    const cell = row.insertCell(); cell.textContent = v == null ? '' : v;
                    if (d.metric.startsWith('legal.') && i === 2 && v > 0) cell.className = 'bad';
                  });
                }
                for (const n of r.notModelled) { const li = document.createElement('li'); li.textContent = n;
                  document.getElementById('notes').appendChild(li); }
                document.getElementById('run').textContent = 'Played in ' + (r.run.wallMillis / 1000).toFixed(1) + ' s: '
                  + r.run.events + ' events, ' + r.run.eventsPerSecond.toFixed(1) + ' events per second.';
                </script></body></html>
                """.formatted(escape(report.scenario()), script, escape(report.scenario()), report.seed(), report.orders(),
                report.horizonDays(), escape(report.baseline().policy()), escape(report.candidate().policy()),
                report.baseline().outcomes().legal().total() > 0 ? "bad" : "", report.baseline().outcomes().legal().total(),
                report.candidate().outcomes().legal().total() > 0 ? "bad" : "", report.candidate().outcomes().legal().total(),
                data);
    }

    private static String inlineEcharts() {
        try (InputStream in = ReportFiles.class.getClassLoader().getResourceAsStream(ECHARTS)) {
            if (in == null) {
                throw new IllegalStateException("the ECharts webjar is missing: " + ECHARTS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString(value.longValue()) : value.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
