using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using HaRules.Reporting.Html;
using Microsoft.Playwright;
using Xunit;

namespace HaRules.Reporting.Tests.Html;

/// <summary>
/// Opens FragileShop's HTML report in the Debian chromium (<c>/usr/bin/chromium</c>, installed by
/// <c>./build.sh test</c>) through Playwright: the SVG renders an element for every declared component
/// with the single points of failure marked, the page requests nothing but itself and logs no
/// error. Screenshots (desktop and phone width) are kept under <c>artifacts/test-results/html-report/</c>.
/// </summary>
public sealed class HtmlReportBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    // Playwright's default of 30 s per action fails on a loaded 2-core machine (a full-page
    // screenshot of a long report took longer). Every wait below is on a condition; this bound
    // only stops a browser that is truly stuck.
    private const float Patience = 10 * 60 * 1000;

    private static readonly string[] Arguments =
    {
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    };

    [Fact]
    public async Task FragileShop_report_renders_in_a_real_browser_without_requests_or_errors()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (apt-get install -y --no-install-recommends chromium), as ./build.sh test does");
        var report = Reports.Sample("FragileShop");
        var output = Path.Combine(Reports.RepositoryRoot(), "artifacts", "test-results", "html-report");
        Directory.CreateDirectory(output);
        var file = Path.Combine(output, "FragileShop.html");
        AtomicFile.WriteAllText(file, HtmlReportWriter.Write(new[] { report }, new ReportPaths(Reports.RepositoryRoot(), output)));
        var url = new Uri(file).AbsoluteUri;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Args = Arguments, Headless = true, Timeout = Patience });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(Patience);
        context.SetDefaultNavigationTimeout(Patience);
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        var errors = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add(message.Type + ": " + message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add("page error: " + error);

        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        var drawn = await page.EvalOnSelectorAllAsync<string[]>("svg [data-component]", "els => els.filter(e => { const b = e.getBBox(); return b.width > 0 && b.height > 0; }).map(e => e.getAttribute('data-component'))");
        var declared = report.Result.Model.DeclaredComponents.Select(c => c.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.Equal(declared, drawn.OrderBy(n => n, StringComparer.Ordinal).ToArray());

        var spofs = report.Result.Reliability.Services.SelectMany(s => s.SinglePointsOfFailure)
            .Select(n => report.Result.Model.FindComponent(n)?.Owner ?? n).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToArray();
        var marked = await page.EvalOnSelectorAllAsync<string[]>(
            "svg [data-spof='true']",
            "els => els.filter(e => [...e.querySelectorAll('text')].some(t => t.textContent === 'SPOF') && getComputedStyle(e.querySelector('rect')).stroke === 'rgb(180, 35, 24)').map(e => e.getAttribute('data-component'))");
        Assert.NotEmpty(spofs);
        Assert.Equal(spofs, marked.OrderBy(n => n, StringComparer.Ordinal).ToArray());

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(output, "FragileShop.png"), FullPage = true, Timeout = Patience });
        await page.SetViewportSizeAsync(390, 844);
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(output, "FragileShop-phone.png"), Timeout = Patience });

        Assert.False(overflow, "the page scrolls sideways at phone width; only the diagram and wide tables should");
        Assert.Equal(new[] { url }, requests.ToArray());
        Assert.Empty(errors);
    }
}
