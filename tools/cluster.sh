#!/usr/bin/env bash
# Starts a local ChallengeHub cluster of N silos (default 2) on one Azurite, waits until every silo answers /health,
# prints their addresses and stops them all on Ctrl+C.
#
#   tools/cluster.sh [N]
#   CONFIGURATION=Release tools/cluster.sh [N]     # a Release build, e.g. for the benchmark
#
# Silo i (1-based) listens on HTTP 5079+i, silo port 11110+i and gateway port 29999+i. The silos form one cluster
# through the storage account's membership table (Cluster__Clustering=AzureStorage). Only silo 1 runs in Development,
# so only it seeds the demo data on empty storage. Every silo serves plain HTTP on loopback, so every silo allows session
# cookies without HTTPS (Access__SecureCookies=false): pupils' tablets and browsers then work on any silo. Each silo's
# line gives its process id, e.g. for the benchmark's --kill-silo-pid. Data lives in .data/azurite, as with the run command.
# The silos outside Development need the deployment settings (docs/configuration.md): every silo names silo 1's address as
# the public one, as silos behind one load balancer would, and answers only to loopback host names.
set -euo pipefail

count="${1:-2}"
if ! [[ "$count" =~ ^[1-9][0-9]?$ ]]; then
  echo "usage: tools/cluster.sh [number of silos, 1-99]" >&2
  exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
logs="$root/.data/cluster"
mkdir -p "$logs" "$root/.data/azurite"

account="devstoreaccount1"
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
storage="DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;BlobEndpoint=http://127.0.0.1:10000/$account;TableEndpoint=http://127.0.0.1:10002/$account;"

pids=()
stop() {
  trap - INT TERM EXIT
  echo "Stopping the cluster…"
  # Silos first (newest first) so that they leave the membership table and finish writing before Azurite goes; a process
  # that has not stopped after 30 s is killed.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill -TERM "${pids[i]}" 2>/dev/null || continue
    for ((t = 0; t < 120; t++)); do
      kill -0 "${pids[i]}" 2>/dev/null || break
      sleep 0.25
    done
    kill -KILL "${pids[i]}" 2>/dev/null || true
    wait "${pids[i]}" 2>/dev/null || true
  done
}
trap stop INT TERM EXIT

# Waits until $1 answers with a success status, or gives up after $2 seconds.
wait_for() {
  local url="$1" seconds="$2"
  for ((t = 0; t < seconds * 4; t++)); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then
      return 0
    fi
    sleep 0.25
  done
  return 1
}

if curl -s -o /dev/null "http://127.0.0.1:10002/$account" 2>/dev/null; then
  echo "Azurite already answers on 127.0.0.1:10002; using it."
else
  entry="tools/Azurite/node_modules/azurite/dist/src/azurite.js"
  [[ -f "$entry" ]] || npm ci --prefix tools/Azurite --no-audit --no-fund
  # Every child runs in its own session, so that Ctrl+C reaches only this script, which stops them in order.
  setsid node "$entry" --blobHost 127.0.0.1 --blobPort 10000 --queueHost 127.0.0.1 --queuePort 10001 \
    --tableHost 127.0.0.1 --tablePort 10002 --location "$root/.data/azurite" \
    --silent --disableTelemetry --skipApiVersionCheck >"$logs/azurite.log" 2>&1 &
  pids+=($!)
  for ((t = 0; t < 240; t++)); do
    curl -s -o /dev/null "http://127.0.0.1:10002/$account" 2>/dev/null && break
    sleep 0.25
  done
fi

# The development tools (demo data for silo 1, its organiser for the benchmark) in Release too.
configuration="${CONFIGURATION:-Debug}"
dotnet build src/Silo --nologo -v quiet -c "$configuration" -p:DevelopmentTools=true >"$logs/build.log" 2>&1 || { cat "$logs/build.log"; exit 1; }

for ((i = 1; i <= count; i++)); do
  environment="Production"
  [[ $i -eq 1 ]] && environment="Development"
  ASPNETCORE_ENVIRONMENT="$environment" \
  ASPNETCORE_URLS="http://127.0.0.1:$((5079 + i))" \
  ConnectionStrings__AzureStorage="$storage" \
  Cluster__Clustering=AzureStorage \
  Cluster__ClusterId="${CLUSTER_ID:-challengehub}" \
  Cluster__SiloPort=$((11110 + i)) \
  Cluster__GatewayPort=$((29999 + i)) \
  Cluster__AdvertisedIPAddress=127.0.0.1 \
  Access__SecureCookies=false \
  Badges__PublicAddress="http://127.0.0.1:5080" \
  AllowedHosts="127.0.0.1;localhost" \
    setsid bash -c 'cd src/Silo && exec dotnet "bin/$0/net10.0/ChallengeHub.Silo.dll"' "$configuration" >"$logs/silo$i.log" 2>&1 &
  pids+=($!)
done

for ((i = 1; i <= count; i++)); do
  url="http://127.0.0.1:$((5079 + i))"
  if ! wait_for "$url/health" 60; then
    echo "Silo $i did not answer $url/health within 60 s; see $logs/silo$i.log" >&2
    exit 1
  fi
  echo "Silo $i: $url  (pid ${pids[$((${#pids[@]} - count + i - 1))]}, silo port $((11110 + i)), gateway $((29999 + i)), log $logs/silo$i.log)"
done

echo "Cluster of $count silos is up. Ctrl+C stops it."
wait
