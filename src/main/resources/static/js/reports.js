// Draws each report of the console's reports page with ECharts, from the JSON the server put in data-report
// (the same rows as the table under the chart, with the column labels in the page's language).
(function () {
  'use strict';
  var HOURS = 3600;

  function hours(seconds) { return seconds == null ? null : Math.round(seconds / HOURS * 10) / 10; }

  function bars(data, category, series, transform) {
    var rows = data.rows;
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: series.map(function (s) { return data.labels[s]; }) },
      xAxis: { type: 'category', data: rows.map(function (r) { return r[category]; }) },
      yAxis: { type: 'value' },
      series: series.map(function (s) {
        return { name: data.labels[s], type: 'bar',
          data: rows.map(function (r) { return transform ? transform(r[s]) : r[s]; }) };
      })
    };
  }

  function stackedByDay(data) {
    var days = [], instruments = [], sums = {};
    data.rows.forEach(function (r) {
      if (days.indexOf(r.day) < 0) { days.push(r.day); }
      var key = r.instrument + ' ' + r.currency;
      if (instruments.indexOf(key) < 0) { instruments.push(key); }
      sums[r.day + '|' + key] = (sums[r.day + '|' + key] || 0) + r.amount / 100;
    });
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: instruments },
      xAxis: { type: 'category', data: days },
      yAxis: { type: 'value', name: data.labels.amount },
      series: instruments.map(function (k) {
        return { name: k, type: 'bar', stack: 'money',
          data: days.map(function (d) { return sums[d + '|' + k] || 0; }) };
      })
    };
  }

  function option(data) {
    switch (data.name) {
      case 'time-to-money':
      case 'time-to-close':
        return bars(data, 'caseType', ['p50Seconds', 'p90Seconds', 'p99Seconds'], hours);
      case 'resolution':
        return bars(data, 'caseType', ['withoutAgentShare', 'interventionRate']);
      case 'sla-breaches':
        return bars(data, 'day', ['timerBreaches', 'interventionSlaBreaches']);
      case 'refund-rate':
        return bars(data, 'shopId', ['refundRate']);
      default:
        return stackedByDay(data);
    }
  }

  document.querySelectorAll('.chart[data-report]').forEach(function (element) {
    var data = JSON.parse(element.getAttribute('data-report'));
    var chart = echarts.init(element);
    chart.setOption(option(data));
    element.setAttribute('data-rendered', String(data.rows.length));
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
