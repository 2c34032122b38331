namespace HaRules.Reporting.Html;

/// <summary>The report's inline style sheet: system fonts only, readable on a phone, on screen and on paper.</summary>
internal static class HtmlStyles
{
    public const string Css = """
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--card:#fff;--accent:#0969da;--bad:#b42318;--bad-bg:#fde8e7;--good:#1a7f37;--warn:#9a6700;--warn-bg:#fff4d4;--info-bg:#ddf4ff}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header.top{background:#0d1117;color:#f0f6fc;padding:18px 24px}
header.top h1{margin:0;font-size:22px;letter-spacing:.2px}
header.top p{margin:2px 0 0;color:#9198a1;font-size:13px}
main{max-width:1180px;margin:0 auto;padding:8px 20px 40px}
h2{font-size:22px;margin:28px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--line)}
h3{font-size:17px;margin:0 0 10px}
h4{font-size:15px;margin:18px 0 6px}
h5{font-size:14px;margin:14px 0 4px;color:var(--muted);font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
nav.toc{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 12px}
nav.toc a{font-size:13px;padding:2px 10px;border:1px solid var(--line);border-radius:12px;background:var(--card)}
section.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:16px 18px;margin:14px 0;box-shadow:0 1px 2px rgba(31,35,40,.06)}
p{margin:6px 0 10px}
ul{margin:4px 0 12px;padding-left:22px}
li{margin:3px 0;overflow-wrap:anywhere}
ul.columns{columns:15em;column-gap:28px}
ul.columns li{break-inside:avoid;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
a{color:var(--accent);text-decoration:none}
a:hover{text-decoration:underline}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:6px 0 12px}
table{border-collapse:collapse;font-size:14px;min-width:50%}
th,td{border:1px solid var(--line);padding:5px 9px;text-align:left;vertical-align:top}
th{background:var(--bg);font-weight:600;white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tbody tr:nth-child(even){background:#fafbfc}
.sev{display:inline-block;min-width:58px;text-align:center;border-radius:10px;padding:0 7px;font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.3px}
.sev.error{background:var(--bad-bg);color:var(--bad)}
.sev.warning{background:var(--warn-bg);color:var(--warn)}
.sev.info{background:var(--info-bg);color:var(--accent)}
.bad{color:var(--bad)}
.good{color:var(--good);font-weight:600}
.diagram{overflow:auto;-webkit-overflow-scrolling:touch;border:1px solid var(--line);border-radius:6px;background:#fff;max-height:90vh}
.diagram svg{display:block;width:100%;min-width:720px;height:auto}
.legend{font-size:13px;color:var(--muted)}
.swatch{display:inline-block;width:14px;height:14px;border-radius:3px;vertical-align:-2px;margin-left:8px;border:2px solid #8c959f;background:#fff}
.swatch.spof{background:#fde8e7;border-color:#b42318}
@media (max-width:640px){body{font-size:14px}main{padding:4px 10px 28px}section.card{padding:12px 10px}header.top{padding:14px 12px}h2{font-size:19px}table{font-size:13px}}
@media print{nav.toc{display:none}body{background:#fff;font-size:11pt}header.top{background:#fff;color:#000;border-bottom:2px solid #000;padding:0 0 6px}header.top p{color:#333}main{max-width:none;padding:0}section.card{border:none;box-shadow:none;padding:0;margin:12px 0;break-inside:auto}h2{break-before:page}h2:first-of-type{break-before:auto}h3,h4,h5{break-after:avoid}tr,li{break-inside:avoid}.scroll,.diagram{overflow:visible;max-height:none;border:none}.diagram svg{min-width:0;max-width:100%}a{color:#000}a[href]::after{content:""}.sev{border:1px solid currentColor}}
""";
}
