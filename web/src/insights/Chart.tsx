import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { ChartData } from "../logic/insights.js";
import { stack } from "../logic/insights.js";

const HEIGHT = 220;

/** uPlot's options for one chart: weeks on x (as indices, labelled by date), bars or lines. */
function options(chart: ChartData, width: number): uPlot.Options {
  const bars = uPlot.paths.bars?.({ size: [0.6, 40] });
  const order = chart.stacked ? [...chart.series].reverse() : chart.series;
  return {
    width,
    height: HEIGHT,
    scales: { x: { time: false }, ...(chart.max === undefined ? {} : { y: { range: [0, chart.max] } }) },
    axes: [
      { values: (_u, ticks) => ticks.map((t) => chart.x[Math.round(t)]?.slice(5) ?? "") },
      { label: chart.unit },
    ],
    legend: { show: true },
    series: [
      { label: "week", value: (_u, v) => (v === null ? "" : (chart.x[Math.round(v)] ?? "")) },
      ...order.map((s) => ({
        label: s.label,
        stroke: s.color,
        // Bars are filled; an outline would draw empty weeks as a line along the axis.
        width: chart.stacked ? 0 : 2,
        ...(chart.stacked && bars ? { fill: s.color, paths: bars, points: { show: false } } : {}),
        // A stacked bar's legend shows its own count, not the running total drawn.
        ...(chart.stacked
          ? {
              value: (_u: uPlot, _v: number | null, _si: number, i: number | null) =>
                String(i === null ? "" : (s.values[i] ?? 0)),
            }
          : {}),
      })),
    ],
  };
}

function data(chart: ChartData): uPlot.AlignedData {
  const xs = chart.x.map((_, i) => i);
  if (!chart.stacked) return [xs, ...chart.series.map((s) => s.values)];
  // Drawn tallest (the sum of all) first, so each severity's own part shows above the next.
  return [xs, ...stack(chart.series.map((s) => s.values)).reverse()];
}

/** A chart drawn with uPlot on a canvas, with the same figures as a table for screen readers and copying. */
export function Chart({ chart }: { chart: ChartData }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const plot = new uPlot(options(chart, Math.max(280, el.clientWidth)), data(chart), el);
    const resize = new ResizeObserver(() => {
      plot.setSize({ width: Math.max(280, el.clientWidth), height: HEIGHT });
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [chart]);
  return (
    <figure className="chart">
      <figcaption>{chart.title}</figcaption>
      <div ref={box} role="img" aria-label={`${chart.title}, in ${chart.unit}, week by week (table below)`} />
      <details>
        <summary>Show as table</summary>
        <table className="board">
          <thead>
            <tr>
              <th scope="col">Week</th>
              {chart.series.map((s) => (
                <th scope="col" key={s.label}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {chart.x.map((week, i) => (
              <tr key={week}>
                <th scope="row">{week}</th>
                {chart.series.map((s) => (
                  <td key={s.label}>{s.values[i] ?? "—"}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
