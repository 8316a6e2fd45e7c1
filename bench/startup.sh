#!/bin/bash
# Start-up of the console next to DB Browser for SQLite (sqlitebrowser, the Qt + QScintilla desktop tool):
# wall time from launch to a usable window and peak RSS, median of N runs. Prints figures; not a test.
# Run under X (xvfb-run -a bench/startup.sh [build-dir] [runs]); the console counts until its demo
# workspace is listed in the tree, sqlitebrowser until its window is mapped.
set -euo pipefail
BUILD=${1:-build-release}
RUNS=${2:-5}
command -v xdotool >/dev/null || { echo "needs xdotool" >&2; exit 1; }
command -v sqlitebrowser >/dev/null || { echo "needs sqlitebrowser (apt-get install sqlitebrowser)" >&2; exit 1; }
export QT_QPA_PLATFORM=xcb

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# The first start seeds the demo workspace into a new sandbox directory; later starts reuse it, as
# scripts/run does. The cold figure is printed on its own; the medians are of the later starts.
data=$(mktemp -d)
cold=""
console_window=(); console_times=(); console_rss=()
for run in $(seq 0 "$RUNS"); do
    home=$(mktemp -d); out=$(mktemp)
    start=$(now_ms)
    HOME=$home WSC_EXIT_WHEN_READY=1 "$BUILD/app/wsconsole" --sandbox-data-dir "$data" >"$out" 2>/dev/null &
    pid=$!
    until xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; do sleep 0.01; done
    window=$(( $(now_ms) - start ))
    until grep -q '^ready' "$out"; do sleep 0.01; done
    listed=$(( $(now_ms) - start ))
    wait "$pid" 2>/dev/null || true
    if [ "$run" = 0 ]; then
        cold=$listed
    else
        console_window+=("$window"); console_times+=("$listed")
        console_rss+=("$(sed -E -n 's/.*peak_rss=([0-9]+).*/\1/p' "$out")")
    fi
    rm -rf "$home" "$out"
done
rm -rf "$data"

browser_times=(); browser_rss=()
for _ in $(seq "$RUNS"); do
    home=$(mktemp -d)
    start=$(now_ms)
    HOME=$home sqlitebrowser >/dev/null 2>&1 &
    pid=$!
    until xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; do sleep 0.01; done
    browser_times+=($(( $(now_ms) - start )))
    sleep 0.3 # let the first paint finish before reading the peak
    browser_rss+=("$(awk '/VmHWM/ {print $2}' /proc/$pid/status)")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -rf "$home"
done

cw=$(printf '%s\n' "${console_window[@]}" | median)
ct=$(printf '%s\n' "${console_times[@]}" | median); cr=$(printf '%s\n' "${console_rss[@]}" | median)
bt=$(printf '%s\n' "${browser_times[@]}" | median); br=$(printf '%s\n' "${browser_rss[@]}" | median)
printf 'startup (median of %d)        time to window   peak RSS\n' "$RUNS"
printf '  wsconsole (window)          %6d ms\n' "$cw"
printf '  wsconsole (demo listed)     %6d ms        %7d kB   (first start, seeding the demo: %d ms)\n' "$ct" "$cr" "$cold"
printf '  sqlitebrowser (window)      %6d ms        %7d kB\n' "$bt" "$br"
printf 'figure\tstartup_window\t%s\tms\nfigure\tstartup_listed\t%s\tms\nfigure\tstartup_sqlitebrowser\t%s\tms\n' "$cw" "$ct" "$bt"
printf 'figure\tpeak_rss\t%s\tkB\nfigure\tpeak_rss_sqlitebrowser\t%s\tkB\n' "$cr" "$br"
awk -v ct="$ct" -v bt="$bt" -v cr="$cr" -v br="$br" -v cw="$cw" 'BEGIN { printf "figure\tstartup_window_ratio\t%.4f\tx\nfigure\tstartup_listed_ratio\t%.4f\tx\nfigure\tpeak_rss_ratio\t%.4f\tx\n", cw/bt, ct/bt, cr/br }'
awk -v ct="$ct" -v bt="$bt" -v cr="$cr" -v br="$br" \
    -v cw="$cw" 'BEGIN { printf "  ratio (window; listed)       %4.2fx; %4.2fx    %5.2fx   (goals: <= 0.30x; <= 0.50x, <= 0.40x)\n", cw/bt, ct/bt, cr/br }'
