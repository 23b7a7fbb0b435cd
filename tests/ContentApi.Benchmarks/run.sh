#!/usr/bin/env bash
# The benchmark in one command: wrk if missing, a Release build, then the runner.
# Arguments go to the runner, e.g. run.sh --articles 10000 --duration 5 --scenarios article,list
# (defaults: --articles 100000 --duration 10 --connections 32 --warmup 3 --output-cache on,
# --scenarios article,list,related,revalidate; --scenarios all runs every one).
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v wrk >/dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update && $sudo apt-get install -y wrk
fi
dotnet build ContentApi.sln -c Release
exec dotnet run -c Release --no-build --project tests/ContentApi.Benchmarks -- run "$@"
