#!/usr/bin/env bash
# Makes the README's screenshots of the real app in a real (virtual) window: the bank lesson, lock off,
# after the learner stepped T1, T2, T1, T1, T1, T2, T2, T2 -- the balance at -25 and the FORBIDDEN banner --
# in English and Korean, at 1280x720 and 1920x1080.
#   assets/screenshots/make.sh            (from the project root; needs ../shared/tools/screenshot, JDK 21+)
set -euo pipefail
cd "$(dirname "$0")/../.."
shot=../shared/tools/screenshot
mvn -q -B package -DskipTests
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
for lang in en ko; do
    for size in 1280x720 1920x1080; do
        "$shot" "assets/screenshots/bank-$lang-$size.png" --size "$size" --wait 10 \
            --keys "l 1 2 1 1 1 2 2 2" -- \
            "$java" -Dinterleave.lang="$lang" -Dinterleave.prefs=dev/interleave/screenshots \
            -jar target/interleave.jar
    done
done
