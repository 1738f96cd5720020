import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export interface Figure {
  label: string;
  value: number;
}

/**
 * A bar chart drawn on a canvas that screen readers skip; the table beside it holds the same
 * figures, so it is the chart's text alternative.
 */
export function BarChart({ figures, labelHeader, valueHeader, caption }: { figures: Figure[]; labelHeader: string; valueHeader: string; caption: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const key = JSON.stringify(figures);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: { labels: figures.map((f) => f.label), datasets: [{ data: figures.map((f) => f.value), backgroundColor: '#0b5d4b' }] },
      options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    return () => chart.destroy();
    // The figures' content, not their identity, decides a redraw.
  }, [key]);
  return (
    <div className="chart">
      <div className="chart-canvas">
        <canvas ref={canvas} aria-hidden="true" />
      </div>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col">{valueHeader}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.label}>
              <th scope="row">{f.label}</th>
              <td>{f.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
