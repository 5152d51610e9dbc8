#!/usr/bin/env bash
# Start-up to first frame of the main window, median of N runs (default 5), for:
#   packaged       target/dist/Interleave/bin/Interleave, as built (with its class-data archive)
#   packaged-bare  the same launcher with the archive switched off (-XX:AOTMode=off, or -Xshare:off for AppCDS)
#   java-jar       java -jar target/interleave.jar, with $JAVA_HOME's java (its default CDS archive included)
#   packaged-extra the packaged launcher with the JVM options in $EXTRA (what the options are worth, in turns)
#   baseline       the app image in $BASELINE (a copy of target/dist/Interleave kept from before a change)
# Each run is timed from just before this script starts the process to the first frame, as the app's opt-in
# probe reports it (dev.interleave.ui.StartupProbe: -Dinterleave.startupProbe=true; the app then exits).
# The variants take turns in every round, so a busy machine slows them alike; one warm-up round is not counted.
# The CPU time of the whole run (user + system, all threads, to the first frame and the exit right after it)
# is printed too: unlike the wall-clock figures it hardly changes when other programs share the cores.
#
#   packaging/measure-startup.sh [RUNS]     from the project root, after mvn -Ppackage -DskipTests package
#   VARIANTS=packaged packaging/measure-startup.sh 9     only some of the variants: the slow ones (several
#                                           seconds of CPU on both cores) also slow the run that follows them
#   EXTRA="-XX:TieredStopAtLevel=1" packaging/measure-startup.sh 9
#                                           tries JVM options: the packaged app with them and without, in turns
#                                           (only packaged-extra gets them)
#   BASELINE=/tmp/before packaging/measure-startup.sh 9
#                                           what a change is worth: cp -r target/dist/Interleave /tmp/before,
#                                           change, package again, then both images in turns
#
# Runs in its own Xvfb (1600x900), so no window opens on your screen. Clean preferences: a node of its own
# under a temporary folder, so your settings are neither read nor changed.
set -euo pipefail
# BASELINE as the caller gave it, before the cd below changes what a relative path means
if [ -n "${BASELINE:-}" ]; then BASELINE=$(realpath "$BASELINE"); fi
cd "$(dirname "$0")/.."
runs=${1:-5}
launcher=target/dist/Interleave/bin/Interleave
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -x "$launcher" ] || { echo "measure-startup: no $launcher: run mvn -Ppackage -DskipTests package first" >&2; exit 1; }
[ -f target/interleave.jar ] || { echo "measure-startup: no target/interleave.jar" >&2; exit 1; }
[ -z "${BASELINE:-}" ] || [ -x "$BASELINE/bin/Interleave" ] \
    || { echo "measure-startup: BASELINE=$BASELINE holds no app image (bin/Interleave)" >&2; exit 1; }
[ -z "${EXTRA:-}" ] || [ -z "${BASELINE:-}" ] \
    || { echo "measure-startup: EXTRA and BASELINE compare different things: give one of them" >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "measure-startup: needs Xvfb (apt-get install xvfb)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "measure-startup: needs GNU time (apt-get install time)" >&2; exit 1; }

cfg=target/dist/Interleave/lib/app/Interleave.cfg
if grep -q 'AOTCache' "$cfg"; then off=-XX:AOTMode=off; archive=$(ls target/dist/Interleave/lib/app/*.aot)
elif grep -q 'SharedArchiveFile' "$cfg"; then off=-Xshare:off; archive=$(ls target/dist/Interleave/lib/app/*.jsa)
else off=""; archive="(none)"; fi

d=90
while [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ]; do d=$((d + 1)); done
Xvfb :$d -screen 0 1600x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
prefs=$(mktemp -d /tmp/interleave-startup-prefs.XXXXXX)
log=$(mktemp /tmp/interleave-startup.XXXXXX)
cpu=$(mktemp /tmp/interleave-startup-cpu.XXXXXX)
trap 'kill $xvfb_pid 2>/dev/null; rm -rf "$prefs" "$log" "$cpu"' EXIT
for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$d ] && break; sleep 0.1; done
export DISPLAY=:$d

probe="-Dinterleave.startupProbe=true -Dinterleave.startupProbe.exit=true"
probe="$probe -Dinterleave.prefs=dev/interleave/startup-measure -Djava.util.prefs.userRoot=$prefs"

# one run: prints "<ms from launch> <ms from JVM start> <CPU ms of the run>" to the first frame
once() {
    local variant=$1 start line
    local timed=(/usr/bin/time -f '%U %S' -o "$cpu" timeout 120)
    start=$(date +%s%3N)
    # A run that fails is reported below with its output (under set -e it would end the script silently).
    case $variant in
        packaged)       JAVA_TOOL_OPTIONS="$probe" "${timed[@]}" "$launcher" >"$log" 2>&1 || true ;;
        packaged-extra) JAVA_TOOL_OPTIONS="${EXTRA:-} $probe" "${timed[@]}" "$launcher" >"$log" 2>&1 || true ;;
        packaged-bare)  JAVA_TOOL_OPTIONS="$off $probe" "${timed[@]}" "$launcher" >"$log" 2>&1 || true ;;
        baseline)       JAVA_TOOL_OPTIONS="$probe" "${timed[@]}" "${BASELINE:?baseline needs BASELINE=<app image>}/bin/Interleave" >"$log" 2>&1 || true ;;
        java-jar)       "${timed[@]}" "$java" $probe -jar target/interleave.jar >"$log" 2>&1 || true ;;
        *) echo "measure-startup: no variant $variant (packaged, packaged-extra, packaged-bare, java-jar, baseline)" >&2
           exit 1 ;;
    esac
    line=$(grep -o 'first-frame-ms=[0-9]* epoch-ms=[0-9]*' "$log") \
        || { echo "measure-startup: $variant printed no first frame:" >&2; cat "$log" >&2; exit 1; }
    local jvm=${line%% *}; jvm=${jvm#first-frame-ms=}
    echo "$(( ${line##*epoch-ms=} - start )) $jvm $(awk '{ printf "%d", ($1 + $2) * 1000 }' "$cpu")"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

variants="packaged packaged-bare java-jar"
[ -n "$off" ] || variants="packaged java-jar"
[ -z "${EXTRA:-}" ] || variants="packaged packaged-extra"
[ -z "${BASELINE:-}" ] || variants="baseline packaged"
variants=${VARIANTS:-$variants}
echo "archive: $archive ($(du -h "$archive" 2>/dev/null | cut -f1)); runs: $runs; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for v in $variants; do once "$v" >/dev/null; done   # warm-up: file cache, font cache
declare -A wall jvm cpums
for round in $(seq "$runs"); do
    for v in $variants; do
        read -r w j c < <(once "$v")
        wall[$v]="${wall[$v]:-} $w"
        jvm[$v]="${jvm[$v]:-} $j"
        cpums[$v]="${cpums[$v]:-} $c"
    done
done
printf '%-14s %12s %16s %12s   %s\n' variant "from launch" "from JVM start" "CPU time" "runs, ms from launch"
for v in $variants; do
    printf '%-14s %9s ms %13s ms %9s ms   %s\n' "$v" "$(tr ' ' '\n' <<<"${wall[$v]}" | grep . | median)" \
        "$(tr ' ' '\n' <<<"${jvm[$v]}" | grep . | median)" "$(tr ' ' '\n' <<<"${cpums[$v]}" | grep . | median)" \
        "${wall[$v]# }"
done
echo "(medians of $runs)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
