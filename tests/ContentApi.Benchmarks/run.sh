#!/usr/bin/env bash
# The benchmark in one command: wrk if missing, a Release build, the API published as it is deployed
# (ReadyToRun, linux-x64; PUBLISH_ARGS="--self-contained -p:PublishReadyToRunComposite=true" for the composite
# build README "Deployment" describes), then the runner. Arguments go to the runner's `run`, e.g.
# run.sh --articles 10000 --duration 5 --scenarios article,list (defaults: --articles 100000
# --duration 10 --connections 32 --warmup 3 --output-cache on, --scenarios article,list,related,revalidate;
# --scenarios all runs every one). `run.sh coldstart [--runs 5] [--against /tmp/main-api/ContentApi.dll]` measures only the seeded cold start
# (against another build: the two started in turn; `--floor` is against tests/ContentApi.Floor, ASP.NET Core and EF Core
# with one table, published here first);
# `run.sh writes [--articles 100000] [--writers 8] [--duration 60]` runs the write scenarios.
# `run.sh compare-providers --postgres "Host=127.0.0.1;Port=55450;Username=postgres" [--rounds 2]`: the delivery,
# uncached, query and write runs on SQLite then PostgreSQL, one table (see Comparing/ProviderComparison.cs);
# `run`, `writes` take `--provider postgres --postgres "..."` too.
# `run.sh media [--duration 5] [--samples 7]` the image variants (see Media/MediaRun.cs).
# `run.sh soak [--articles 10000] [--duration 300]` runs mixed traffic with editors writing (no wrk).
# `run.sh editing [--articles 10000] [--duration 30]` 32 readers over a mix of URLs, alone then while one
# editor saves every 2 s: the output cache's hit rate and requests/s (see Editing/EditingRun.cs).
# `run.sh wxr [--posts 10000]` generates a WordPress export and times `import wxr` on a fresh database,
# then checks the lists, search and related indexes through HTTP (see Import/WxrRun.cs).
set -euo pipefail
cd "$(dirname "$0")/../.."

command=run
case "${1:-}" in
  coldstart|media|writes|soak|editing|wxr|compare-providers|postgres-data) command=$1; shift ;;
esac
if { [ "$command" = run ] || [ "$command" = editing ] || [ "$command" = compare-providers ]; } && ! command -v wrk >/dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update && $sudo apt-get install -y wrk
fi
dotnet build ContentApi.sln -c Release
# PublishReadyToRun and the runtime identifier's restore are set in ContentApi.csproj. A self-contained build is
# started through its own executable. Switching between composite and not: remove src/ContentApi/obj/Release/*/linux-x64/R2R
# first (the SDK reuses the other kind's precompiled ContentApi.dll, and the app aborts at start).
# shellcheck disable=SC2086
dotnet publish src/ContentApi -c Release -r linux-x64 ${PUBLISH_ARGS:---self-contained false} -o tests/ContentApi.Benchmarks/bin/published-api
args=()
for arg in "$@"; do
  if [ "$arg" = --floor ]; then
    dotnet publish tests/ContentApi.Floor -c Release -o tests/ContentApi.Benchmarks/bin/published-floor
    args+=(--against "$PWD/tests/ContentApi.Benchmarks/bin/published-floor/ContentApi.Floor.dll")
  else
    args+=("$arg")
  fi
done
exec dotnet run -c Release --no-build --project tests/ContentApi.Benchmarks -- "$command" ${args[@]+"${args[@]}"}
