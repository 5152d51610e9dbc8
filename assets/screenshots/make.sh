#!/usr/bin/env bash
# Makes the README's screenshots of the real app in a real (virtual) window, with ../shared/tools/screenshot:
#  - the bank lesson, lock off, after the learner stepped T1, T2, T1, T1, T1, T2, T2, T2 (the balance at -25,
#    the FORBIDDEN banner), in English and Korean, at 1280x720 and 1920x1080;
#  - the same in presenter mode with the projector theme, at 1920x1080, in English and Korean (the
#    "Why?" teaching card is up at the end).
#   assets/screenshots/make.sh            (from the project root; needs JDK 21+)
set -euo pipefail
cd "$(dirname "$0")/../.."
shot=../shared/tools/screenshot
mvn -q -B package -DskipTests
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
app() { # lang theme
    echo "$java" -Dinterleave.lang="$1" -Dinterleave.theme="$2" -Dinterleave.prefs=dev/interleave/screenshots \
        -Dinterleave.lesson=bank-withdrawal -jar target/interleave.jar
}
for lang in en ko; do
    for size in 1280x720 1920x1080; do
        # Escape puts the "predict" card away; l turns the lock off; the digits step T1 and T2.
        "$shot" "assets/screenshots/bank-$lang-$size.png" --size "$size" --wait 10 \
            --keys "Escape l 1 2 1 1 1 2 2 2" -- $(app "$lang" LIGHT)
    done
    "$shot" "assets/screenshots/presenter-projector-$lang.png" --size 1920x1080 --wait 10 \
        --keys "F5 Escape l 1 2 1 1 1 2 2 2" -- $(app "$lang" PROJECTOR)
done
