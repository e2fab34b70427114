#!/usr/bin/env bash
# Unpacks the .deb that `mvn -Pinstaller package` made, starts the installed program on a data
# folder holding the example data, and measures its start-up (JVM uptime when the main window shows
# the data) against the minimal JavaFX window packaged the same way. Needs a screen or Xvfb.
#   installer/smoke-test.sh [runs]        (default 5 runs each; prints the medians)
# The AOT cache must be used on every start: -XX:AOTMode=on makes a start fail if it is not.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../target/installer"
runs=${1:-5}

deb=$(ls "$out"/involvement-toolkit_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "No .deb in $out: run ./mvnw -Pinstaller package first" >&2; exit 1; }
minimal="$out/minimal/image/minimal-window/bin/minimal-window"

scratch=$(mktemp -d)
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT

if [ -z "${DISPLAY:-}" ]; then
  for n in $(seq 90 119); do
    if [ ! -e "/tmp/.X$n-lock" ]; then
      Xvfb ":$n" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
      xvfb_pid=$!
      export DISPLAY=":$n"
      break
    fi
  done
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${DISPLAY#:}" ] && break; sleep 0.1; done
fi

echo "Unpacking $(basename "$deb")"
dpkg -x "$deb" "$scratch/root"
launcher=$(find "$scratch/root/opt" -path '*/bin/involvement-toolkit' -type f | head -1)
[ -x "$launcher" ] || { echo "No launcher in the package" >&2; exit 1; }
desktop=$(find "$scratch/root" -name '*.desktop' | head -1)
[ -n "$desktop" ] || echo "Note: the package has no menu entry (.desktop file) of its own; jpackage adds it when installing."

"$launcher" demo-data --data-dir "$scratch/data" >/dev/null

# Prints the startup_ms of one start of the command given, or fails with its output.
startup_ms() {
  local log="$scratch/run.log"
  if ! JAVA_TOOL_OPTIONS="-XX:AOTMode=on" "$@" >"$log" 2>&1; then
    echo "This start failed:" "$@" >&2
    cat "$log" >&2
    exit 1
  fi
  sed -n 's/^startup_ms=\([0-9]*\)$/\1/p' "$log" | tail -1
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

program=()
window=()
for i in $(seq "$runs"); do
  program+=("$(startup_ms "$launcher" --data-dir "$scratch/data" --exit-after-startup)")
  if [ -x "$minimal" ]; then
    window+=("$(startup_ms "$minimal")")
  fi
done
for v in "${program[@]}"; do
  [ -n "$v" ] || { echo "The program did not print startup_ms" >&2; exit 1; }
done

p=$(printf '%s\n' "${program[@]}" | median)
echo "program        startup_ms: ${program[*]}  median $p"
if [ ${#window[@]} -gt 0 ]; then
  w=$(printf '%s\n' "${window[@]}" | median)
  echo "minimal window startup_ms: ${window[*]}  median $w"
  awk -v p="$p" -v w="$w" 'BEGIN { printf "program / minimal window: %.2f\n", p / w }'
else
  echo "No minimal window at $minimal (built with -Dinstaller.benchmark=true on Linux)"
fi
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

# One more start with class initialisation logged, to show where the time goes: the JVM uptime at
# which the first class of each part was initialised. (Class loading says little here: the classes
# in the AOT cache are all loaded at once when the JVM starts.)
inits="$scratch/init.log"
JAVA_TOOL_OPTIONS="-XX:AOTMode=on -Xlog:class+init=info:file=$inits:uptime -Xlog:class+load=info:file=$scratch/load.log" \
  "$launcher" --data-dir "$scratch/data" --exit-after-startup >"$scratch/run.log" 2>&1
first() { grep -m1 -F "Initializing '$1" "$inits" | sed 's/^\[\([0-9.]*\)s\].*/\1/'; }
echo "where the time goes (JVM uptime in seconds when each part's first class was initialised):"
printf '  %-40s %s\n' \
  "program's main class" "$(first org/fourpi/toolkit/Launcher)" \
  "command line (picocli)" "$(first picocli/)" \
  "log file (Logback)" "$(first ch/qos/logback/)" \
  "database (H2)" "$(first org/h2/)" \
  "schema check (Flyway)" "$(first org/flywaydb/)" \
  "queries (jOOQ)" "$(first org/jooq/)" \
  "window's code (App)" "$(first org/fourpi/toolkit/App)" \
  "JavaFX toolkit" "$(first com/sun/javafx/application/PlatformImpl)" \
  "screen (GTK)" "$(first com/sun/glass/ui/gtk/)" \
  "first screen from FXML" "$(first javafx/fxml/FXMLLoader)" \
  "window shown with data" "$(sed -n 's/^startup_ms=//p' "$scratch/run.log" | awk '{ printf "%.3f", $1 / 1000 }')"
total=$(grep -c '' "$scratch/load.log")
cached=$(grep -c 'shared objects file' "$scratch/load.log" || true)
echo "classes loaded: $total, of which from the AOT cache: $cached"
