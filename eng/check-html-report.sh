#!/usr/bin/env bash
# Renders the HTML report of the embedded dossier in headless Chromium (Debian package `chromium`),
# checks that no SVG text overflows its chart (every <text> box lies inside its <svg> viewBox) and
# that no two labels of one chart overlap, and writes a full-page screenshot to look at yourself.
# Usage: eng/check-html-report.sh [OUT_DIR]   (default: artifacts/html-check)
# Needs: chromium (apt-get install -y chromium), python3, the .NET SDK. Takes well under a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/html-check}
mkdir -p "$out"
out=$(cd "$out" && pwd)
command -v chromium >/dev/null || { echo "chromium is not installed: apt-get update && apt-get install -y chromium"; exit 2; }

dotnet run --project src/Wgec.Cli -v q -- report --format html -o "$out/report.html"

# The check runs inside the page; its verdict is written into the DOM, which --dump-dom prints.
python3 - "$out/report.html" "$out/checked.html" <<'PY'
import sys
page = open(sys.argv[1], encoding="utf-8").read()
script = r"""
<script>
(function () {
  var problems = [], texts = 0;
  document.querySelectorAll('svg').forEach(function (svg, s) {
    var vb = svg.viewBox.baseVal, boxes = [];
    svg.querySelectorAll('text').forEach(function (t) {
      texts++;
      var b = t.getBBox();
      var label = (t.textContent || '').trim();
      if (b.x < vb.x - 0.5 || b.y < vb.y - 0.5 || b.x + b.width > vb.x + vb.width + 0.5 || b.y + b.height > vb.y + vb.height + 0.5) {
        problems.push('chart ' + (s + 1) + ': "' + label + '" overflows its chart (' + [b.x, b.y, b.width, b.height].map(Math.round).join(', ') + ')');
      }
      boxes.push({ b: b, label: label });
    });
    for (var i = 0; i < boxes.length; i++) {
      for (var j = i + 1; j < boxes.length; j++) {
        var p = boxes[i].b, q = boxes[j].b;
        if (p.width > 0 && q.width > 0 && p.x < q.x + q.width - 1 && q.x < p.x + p.width - 1 && p.y < q.y + q.height - 1 && q.y < p.y + p.height - 1) {
          problems.push('chart ' + (s + 1) + ': "' + boxes[i].label + '" overlaps "' + boxes[j].label + '"');
        }
      }
    }
  });
  var verdict = document.createElement('pre');
  verdict.id = 'svg-check';
  verdict.textContent = 'SVG-CHECK ' + (problems.length === 0 ? 'OK' : 'FAIL') + ' texts=' + texts + '\n' + problems.join('\n');
  document.body.appendChild(verdict);
})();
</script>
"""
open(sys.argv[2], "w", encoding="utf-8").write(page.replace("</body>", script + "</body>"))
PY

flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --run-all-compositor-stages-before-draw --virtual-time-budget=5000)
chromium "${flags[@]}" --dump-dom "file://$out/checked.html" 2>/dev/null >"$out/dom.html"
chromium "${flags[@]}" --window-size=1100,6000 --screenshot="$out/report.png" "file://$out/report.html" 2>/dev/null >/dev/null
verdict=$(python3 -c "import html,re,sys; m=re.search(r'<pre id=\"svg-check\">(.*?)</pre>', open(sys.argv[1],encoding='utf-8').read(), re.S); print(html.unescape(m.group(1)) if m else 'SVG-CHECK MISSING')" "$out/dom.html")
echo "$verdict"
echo "screenshot: $out/report.png"
grep -q '^SVG-CHECK OK' <<<"$verdict"
