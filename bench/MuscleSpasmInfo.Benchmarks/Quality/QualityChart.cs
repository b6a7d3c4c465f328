using ScottPlot;

namespace MuscleSpasmInfo.Benchmarks.Quality;

/// <summary>The quality figures of one run as grouped bars, our method beside the baselines, written as SVG.</summary>
public static class QualityChart
{
    private static readonly Color[] Colors = [new("#1f5f99"), new("#b35c00"), new("#8a8a8a")];

    /// <summary>Draws related recall@5 and hit rate, then search MRR@10 per kind of query, and saves the chart.</summary>
    public static void Write(string path, IReadOnlyList<(string Name, RelatedScores Scores)> related, IReadOnlyList<(string Query, string Method, SearchScores Scores)> search)
    {
        var groups = new List<(string Label, List<(string Method, double Value)> Values)>
        {
            ("related recall@5", [.. related.Select(r => (r.Name, r.Scores.Recall))]),
            ("related hit rate", [.. related.Select(r => (r.Name, r.Scores.HitRate))]),
        };
        groups.AddRange(search.GroupBy(s => s.Query).Select(g => ($"search MRR@10:\n{g.Key}", g.Select(s => (s.Method, s.Scores.Mrr)).ToList())));
        var methods = groups.SelectMany(g => g.Values.Select(v => v.Method)).Distinct().ToList();

        var plot = new Plot();
        var bars = new List<Bar>();
        var ticks = new List<Tick>();
        for (var g = 0; g < groups.Count; g++)
        {
            var centre = g * (methods.Count + 1);
            foreach (var (method, value) in groups[g].Values)
            {
                var m = methods.IndexOf(method);
                bars.Add(new Bar
                {
                    Position = centre + m - ((methods.Count - 1) / 2.0),
                    Value = value,
                    FillColor = Colors[m % Colors.Length],
                    Label = value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                });
            }

            ticks.Add(new Tick(centre, groups[g].Label));
        }

        var plotted = plot.Add.Bars(bars);
        plotted.ValueLabelStyle.FontSize = 11;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsY(0, 1.1);
        plot.Axes.Margins(bottom: 0);
        plot.Title("Related content and search on 497 real MedlinePlus topics (dev labels)");
        plot.YLabel("score (1 is best)");
        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = Alignment.UpperRight;
        for (var m = 0; m < methods.Count; m++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = methods[m], FillColor = Colors[m % Colors.Length] });
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        plot.SaveSvg(path, 1000, 460);
    }
}
