using Microsoft.Extensions.Localization;
using Recruitment.Application.Rankings.GetRankingStatistics;
using ScottPlot;

namespace Recruitment.Web.Pages.Officer.Rankings;

/// <summary>
/// The score distribution of a ranking as a stacked bar chart: one bar per point from 0 to 20, ranked candidates above
/// those under the bar, and a line at the bar. The page shows the same figures as a table for those who cannot see it.
/// </summary>
public sealed class ScoreChart
{
    private ScoreChart()
    {
    }

    public const int Width = 800;
    public const int Height = 360;

    public static byte[] Png(RankingStatisticsDto statistics, IStringLocalizer<ScoreChart> text)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(text);
        var rankedColor = Color.FromHex("#0b5cad");
        var underColor = Color.FromHex("#b0b7c3");
        using var plot = new Plot();
        var bars = new List<Bar>();
        foreach (var bin in statistics.Statistics.Histogram)
        {
            var position = bin.From + 0.5;
            if (bin.NotAdmissible > 0)
            {
                bars.Add(new Bar { Position = position, ValueBase = 0, Value = bin.NotAdmissible, FillColor = underColor, Size = 0.9 });
            }

            if (bin.Ranked > 0)
            {
                bars.Add(new Bar { Position = position, ValueBase = bin.NotAdmissible, Value = bin.NotAdmissible + bin.Ranked, FillColor = rankedColor, Size = 0.9 });
            }
        }

        plot.Add.Bars(bars);
        var bar = plot.Add.VerticalLine((double)statistics.Version.AdmissibilityBar, 2, Color.FromHex("#b3261e"));
        bar.LinePattern = LinePattern.Dashed;
        // The whole 0–20 scale, whatever the scores, so that charts of two tracks or versions compare at a glance.
        var highest = statistics.Statistics.Histogram.Max(b => b.Ranked + b.NotAdmissible);
        plot.Axes.SetLimits(0, 20, 0, Math.Max(1, highest) * 1.25);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.XLabel(text["Score (points out of 20)"]);
        plot.YLabel(text["Candidates"]);
        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = text["Ranked"], FillColor = rankedColor });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = text["Not admissible"], FillColor = underColor });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = text["Admissibility bar"], LineColor = Color.FromHex("#b3261e"), LineWidth = 2, LinePattern = LinePattern.Dashed });
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
