#!/bin/sh
# Runs both fuzz targets, one after the other, one process each (the build machine is shared).
#
#   fuzz/run.sh [SECONDS_PER_TARGET]      (default 960, i.e. 16 minutes)
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`). On a stable toolchain RUSTC_BOOTSTRAP=1 lets
# it use the nightly-only sanitizer flags. Seed corpora: the hand-written fixtures in
# fuzz/seeds/<target>/ plus, if present, the bilingual articles in ../shared/corpus (copied at
# run time into fuzz/corpus/<target>/, which is git-ignored: those articles are CC-BY and must
# not be committed). Crashes land in fuzz/artifacts/<target>/; logs in fuzz/logs/.
set -eu
cd "$(dirname "$0")"
secs=${1:-960}
shared=../../shared/corpus/nb-NO/sxs
export RUSTC_BOOTSTRAP=1
mkdir -p logs
cargo fuzz build -O   # every target, so no build runs between the fuzzers
for target in doc_parser ftl_reader; do
    mkdir -p "corpus/$target"
    cp seeds/"$target"/* "corpus/$target/"
    if [ -d "$shared" ]; then
        # Articles are good documents and good message values alike; flatten the tree.
        find "$shared" -type f -name '*.md' | while read -r f; do
            cp "$f" "corpus/$target/sxs-$(basename "$f")"
        done
    fi
    [ "$target" = ftl_reader ] && cp ../locales/*/*.ftl "corpus/$target/" 2>/dev/null || true
    cargo fuzz run -O "$target" "corpus/$target" -- \
        -jobs=1 -workers=1 -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 > "logs/$target.log" 2>&1 || echo "$target: stopped, see fuzz/logs/$target.log"
done
